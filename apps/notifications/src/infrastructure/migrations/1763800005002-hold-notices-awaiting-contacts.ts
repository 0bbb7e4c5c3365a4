import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HoldNoticesAwaitingContacts1763800005002 implements MigrationInterface {
  name = 'HoldNoticesAwaitingContacts1763800005002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notice_awaiting_contacts (
        cause_event_id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL,
        change jsonb NOT NULL,
        correlation_id varchar(100) NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX notice_awaiting_contacts_by_government ON notice_awaiting_contacts (government_code, received_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notice_awaiting_contacts');
  }
}
