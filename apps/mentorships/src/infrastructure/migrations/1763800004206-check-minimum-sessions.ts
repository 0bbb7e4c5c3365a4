import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a network's sessions were checked against the minimum of its project year, and whether it was behind. */
export class CheckMinimumSessions1763800004206 implements MigrationInterface {
  name = 'CheckMinimumSessions1763800004206';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE learning_network ADD COLUMN sessions_checked_at timestamptz');
    await queryRunner.query('ALTER TABLE learning_network ADD COLUMN sessions_behind boolean');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE learning_network DROP COLUMN sessions_behind');
    await queryRunner.query('ALTER TABLE learning_network DROP COLUMN sessions_checked_at');
  }
}
