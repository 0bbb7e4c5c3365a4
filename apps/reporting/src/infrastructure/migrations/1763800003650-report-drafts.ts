import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Unsent reports as officers typed them (the web back office's drafts), one per government and period. */
export class ReportDrafts1763800003650 implements MigrationInterface {
  name = 'ReportDrafts1763800003650';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_draft (
        government_code varchar(40) NOT NULL,
        period_code varchar(20) NOT NULL,
        lines jsonb NOT NULL,
        saved_by varchar(200) NOT NULL,
        saved_at timestamptz NOT NULL,
        PRIMARY KEY (government_code, period_code)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report_draft');
  }
}
