import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per digest day: the primary key is what keeps it to one digest a day, however many instances run. */
export class AbbDigests1763800005108 implements MigrationInterface {
  name = 'AbbDigests1763800005108';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE abb_digest (
        day date PRIMARY KEY,
        composed_at timestamptz NOT NULL,
        status_changes integer NOT NULL,
        overdue integer NOT NULL,
        awaiting_review integer NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE abb_digest');
  }
}
