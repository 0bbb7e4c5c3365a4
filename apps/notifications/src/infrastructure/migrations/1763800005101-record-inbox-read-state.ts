import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An inbox message is unread until its reader marks it read; the index serves the inbox and its unread count. */
export class RecordInboxReadState1763800005101 implements MigrationInterface {
  name = 'RecordInboxReadState1763800005101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification ADD COLUMN read_at timestamptz');
    await queryRunner.query(`CREATE INDEX notification_inbox ON notification (recipient, created_at) WHERE channel = 'inbox'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX notification_inbox');
    await queryRunner.query('ALTER TABLE notification DROP COLUMN read_at');
  }
}
