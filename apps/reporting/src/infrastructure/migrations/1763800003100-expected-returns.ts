import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Targets come per application and revision (targets-committed v3): which revision is held, and the returns
 * each government owes per reporting period once it has targets.
 */
export class ExpectedReturns1763800003100 implements MigrationInterface {
  name = 'ExpectedReturns1763800003100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE target_commitment (
        application_id uuid PRIMARY KEY,
        decision_id uuid NOT NULL,
        revision integer NOT NULL,
        government_code varchar(40) NOT NULL,
        group_code varchar(40),
        project_year smallint NOT NULL,
        catalogue_version varchar(80) NOT NULL,
        total_cents bigint NOT NULL,
        indicator_codes jsonb NOT NULL,
        committed_at timestamptz NOT NULL,
        CONSTRAINT target_commitment_revision_positive CHECK (revision >= 1)
      )`);
    await queryRunner.query(`
      CREATE TABLE expected_return (
        government_code varchar(40) NOT NULL,
        period_code varchar(20) NOT NULL,
        project_year smallint NOT NULL,
        kind varchar(10) NOT NULL,
        covers_from date NOT NULL,
        covers_to date NOT NULL,
        due_on date NOT NULL,
        application_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (government_code, period_code)
      )`);
    await queryRunner.query('CREATE INDEX expected_return_by_year ON expected_return (project_year, government_code)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE expected_return');
    await queryRunner.query('DROP TABLE target_commitment');
  }
}
