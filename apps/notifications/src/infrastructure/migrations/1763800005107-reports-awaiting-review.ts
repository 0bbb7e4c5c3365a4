import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per report: the latest version submitted and the latest reviewed; it waits for review while the first is higher. */
export class ReportsAwaitingReview1763800005107 implements MigrationInterface {
  name = 'ReportsAwaitingReview1763800005107';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_review_state (
        report_id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL,
        project_year integer NOT NULL,
        period_code varchar(20) NOT NULL,
        submitted_version integer NOT NULL,
        submitted_at timestamptz,
        late boolean NOT NULL,
        reviewed_version integer NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX report_review_state_waiting ON report_review_state (submitted_at) WHERE submitted_version > reviewed_version',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report_review_state');
  }
}
