import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Any notice (lagging, at risk, reminder, overdue, review) waits for its government's contacts, not only a v1 status
 * change: its kind and facts are kept; a notice held before this release keeps its v1 change and is sent as lagging.
 */
export class HoldEveryKindOfNotice1763800005103 implements MigrationInterface {
  name = 'HoldEveryKindOfNotice1763800005103';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notice_awaiting_contacts
        ADD COLUMN kind varchar(40) NOT NULL DEFAULT 'lagging',
        ADD COLUMN facts jsonb,
        ALTER COLUMN change DROP NOT NULL`);
    await queryRunner.query('ALTER TABLE notice_awaiting_contacts ALTER COLUMN kind DROP DEFAULT');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The earlier release can only send held v1 changes.
    await queryRunner.query('DELETE FROM notice_awaiting_contacts WHERE change IS NULL');
    await queryRunner.query(`
      ALTER TABLE notice_awaiting_contacts
        ALTER COLUMN change SET NOT NULL,
        DROP COLUMN facts,
        DROP COLUMN kind`);
  }
}
