import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An e-mail may carry files (a learning network session's calendar invitation, .ics); null: none. */
export class AttachFilesToMessages1763800005300 implements MigrationInterface {
  name = 'AttachFilesToMessages1763800005300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification ADD COLUMN attachments jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification DROP COLUMN attachments');
  }
}
