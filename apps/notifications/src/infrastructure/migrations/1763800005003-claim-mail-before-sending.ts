import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail is claimed ('sending', by whom and when) in a transaction of its own before it is handed to SMTP,
 * and its outcome recorded in another: a dropped connection no longer rolls a sent message back to 'pending'.
 * A claim left behind by a process that died is taken over after a timeout (index by claim time).
 */
export class ClaimMailBeforeSending1763800005003 implements MigrationInterface {
  name = 'ClaimMailBeforeSending1763800005003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notification
        DROP CONSTRAINT notification_status_check,
        ADD CONSTRAINT notification_status_check CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        ADD COLUMN claimed_at timestamptz,
        ADD COLUMN claimed_by varchar(100)`);
    await queryRunner.query(`CREATE INDEX notification_sending ON notification (claimed_at) WHERE status = 'sending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX notification_sending');
    // A message being sent is due again under the old schema (sent again with the same Message-ID).
    await queryRunner.query(`UPDATE notification SET status = 'pending' WHERE status = 'sending'`);
    await queryRunner.query(`
      ALTER TABLE notification
        DROP COLUMN claimed_by,
        DROP COLUMN claimed_at,
        DROP CONSTRAINT notification_status_check,
        ADD CONSTRAINT notification_status_check CHECK (status IN ('pending', 'sent', 'failed'))`);
  }
}
