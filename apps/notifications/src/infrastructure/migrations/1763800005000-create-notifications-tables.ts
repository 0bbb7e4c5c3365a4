import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotificationsTables1763800005000 implements MigrationInterface {
  name = 'CreateNotificationsTables1763800005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE government_contact (
        government_code varchar(40) PRIMARY KEY,
        government_name varchar(200) NOT NULL,
        contacts jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL,
        channel varchar(10) NOT NULL CHECK (channel IN ('email', 'inbox')),
        recipient varchar(320) NOT NULL,
        template varchar(100) NOT NULL,
        subject varchar(300) NOT NULL,
        body text NOT NULL,
        cause_event_id uuid NOT NULL,
        status varchar(10) NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        CONSTRAINT notification_once_per_recipient_and_cause UNIQUE (channel, recipient, cause_event_id, template)
      )`);
    await queryRunner.query(`CREATE INDEX notification_pending ON notification (next_attempt_at) WHERE status = 'pending'`);
    await queryRunner.query('CREATE INDEX notification_by_government ON notification (government_code, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification');
    await queryRunner.query('DROP TABLE government_contact');
  }
}
