import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReportingTables1763800003000 implements MigrationInterface {
  name = 'CreateReportingTables1763800003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE committed_target (
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        indicator_code varchar(40) NOT NULL,
        application_id uuid NOT NULL,
        target integer NOT NULL CHECK (target >= 0),
        PRIMARY KEY (government_code, project_year, indicator_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        period_code varchar(20) NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        results jsonb NOT NULL,
        submitted_by varchar(200) NOT NULL,
        submitted_at timestamptz NOT NULL,
        CONSTRAINT report_version_once UNIQUE (government_code, period_code, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE indicator_result (
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        period_code varchar(20) NOT NULL,
        indicator_code varchar(40) NOT NULL,
        period_ends_on date NOT NULL,
        achieved integer CHECK (achieved >= 0),
        report_version integer NOT NULL,
        target integer NOT NULL,
        expected numeric(14, 2) NOT NULL,
        status varchar(20) NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (government_code, project_year, period_code, indicator_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE indicator_total (
        project_year smallint NOT NULL,
        indicator_code varchar(40) NOT NULL,
        planned bigint NOT NULL,
        realised bigint NOT NULL,
        governments integer NOT NULL,
        governments_reported integer NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (project_year, indicator_code)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE indicator_total');
    await queryRunner.query('DROP TABLE indicator_result');
    await queryRunner.query('DROP TABLE report');
    await queryRunner.query('DROP TABLE committed_target');
  }
}
