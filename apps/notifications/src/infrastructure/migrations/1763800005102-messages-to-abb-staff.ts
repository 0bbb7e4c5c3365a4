import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ABB's daily digest is about many governments and to none: its messages have no government. */
export class MessagesToAbbStaff1763800005102 implements MigrationInterface {
  name = 'MessagesToAbbStaff1763800005102';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification ALTER COLUMN government_code DROP NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The earlier schema cannot hold a digest: its messages go with it.
    await queryRunner.query('DELETE FROM notification WHERE government_code IS NULL');
    await queryRunner.query('ALTER TABLE notification ALTER COLUMN government_code SET NOT NULL');
  }
}
