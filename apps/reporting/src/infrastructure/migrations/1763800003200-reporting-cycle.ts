import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting cycle: a report knows its due date, whether it came late and the idempotency key it was sent under;
 * ABB's reviews; the interim review's at-risk flags; and a status without a report (not reported after the due date).
 */
export class ReportingCycle1763800003200 implements MigrationInterface {
  name = 'ReportingCycle1763800003200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE report
        ADD COLUMN due_on date,
        ADD COLUMN late boolean NOT NULL DEFAULT false,
        ADD COLUMN idempotency_key varchar(200),
        ADD COLUMN request_fingerprint varchar(64)`);
    // The catalogue's due dates, for reports stored before the column existed.
    await queryRunner.query(`
      UPDATE report SET due_on = CASE period_code
        WHEN 'PJ1-INTERIM' THEN DATE '2023-04-15' WHEN 'PJ1-ANNUAL' THEN DATE '2023-10-15'
        WHEN 'PJ2-INTERIM' THEN DATE '2024-04-15' WHEN 'PJ2-ANNUAL' THEN DATE '2024-10-15'
        WHEN 'PJ3-INTERIM' THEN DATE '2025-04-15' ELSE DATE '2025-10-15' END`);
    await queryRunner.query('ALTER TABLE report ALTER COLUMN due_on SET NOT NULL, ALTER COLUMN late DROP DEFAULT');
    await queryRunner.query(
      'CREATE UNIQUE INDEX report_idempotency_key ON report (government_code, idempotency_key) WHERE idempotency_key IS NOT NULL',
    );
    await queryRunner.query('ALTER TABLE indicator_result ALTER COLUMN report_version DROP NOT NULL');
    await queryRunner.query(`
      CREATE TABLE report_review (
        report_id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL,
        period_code varchar(20) NOT NULL,
        report_version integer NOT NULL,
        outcome varchar(20) NOT NULL,
        comments jsonb NOT NULL,
        reviewed_by varchar(200) NOT NULL,
        reviewed_at timestamptz NOT NULL,
        CONSTRAINT report_review_outcome_check CHECK (outcome IN ('accepted', 'changes-requested'))
      )`);
    await queryRunner.query('CREATE INDEX report_review_by_period ON report_review (government_code, period_code)');
    await queryRunner.query(`
      CREATE TABLE at_risk_flag (
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        indicator_code varchar(40) NOT NULL,
        period_code varchar(20) NOT NULL,
        achieved integer,
        target integer NOT NULL,
        report_version integer NOT NULL,
        motivation text,
        raised_at timestamptz NOT NULL,
        cleared_at timestamptz,
        cleared_by varchar(200),
        clear_reason text,
        PRIMARY KEY (government_code, project_year, indicator_code)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE at_risk_flag');
    await queryRunner.query('DROP TABLE report_review');
    await queryRunner.query('DELETE FROM indicator_result WHERE report_version IS NULL');
    await queryRunner.query('ALTER TABLE indicator_result ALTER COLUMN report_version SET NOT NULL');
    await queryRunner.query('DROP INDEX report_idempotency_key');
    await queryRunner.query(
      'ALTER TABLE report DROP COLUMN request_fingerprint, DROP COLUMN idempotency_key, DROP COLUMN late, DROP COLUMN due_on',
    );
  }
}
