import type { MigrationInterface, QueryRunner } from 'typeorm';

/** E-mail goes out as text and HTML, both rendered from the templates when the message is queued. */
export class KeepHtmlOfMessages1763800005100 implements MigrationInterface {
  name = 'KeepHtmlOfMessages1763800005100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification ADD COLUMN html text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification DROP COLUMN html');
  }
}
