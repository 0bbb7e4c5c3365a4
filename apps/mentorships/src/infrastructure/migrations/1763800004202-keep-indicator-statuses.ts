import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each government's latest status per indicator and year (indicator-status-changed v2): lagging members first, catch-up. */
export class KeepIndicatorStatuses1763800004202 implements MigrationInterface {
  name = 'KeepIndicatorStatuses1763800004202';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator_status (
        government_code varchar(40) NOT NULL,
        indicator_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        action_number smallint NOT NULL,
        status varchar(20) NOT NULL,
        period_code varchar(20) NOT NULL,
        report_version integer,
        achieved integer,
        target integer NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (government_code, indicator_code, project_year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE indicator_status');
  }
}
