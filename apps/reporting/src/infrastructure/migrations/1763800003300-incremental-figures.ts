import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The aggregation read models kept incrementally (domain/aggregates.ts): each government's figure per indicator and
 * the totals per indicator, action, objective and year, per government and programme-wide. indicator_total is no
 * longer written; a later release drops it. Existing data is brought in by `npm run rebuild -- reporting`.
 */
export class IncrementalFigures1763800003300 implements MigrationInterface {
  name = 'IncrementalFigures1763800003300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE government_figure (
        project_year smallint NOT NULL,
        government_code varchar(40) NOT NULL,
        indicator_code varchar(40) NOT NULL,
        action_number smallint NOT NULL,
        objective_number smallint NOT NULL,
        target integer,
        counted_period_code varchar(20),
        counted_period_ends_on date,
        counted_report_version integer,
        achieved integer,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (project_year, government_code, indicator_code),
        CONSTRAINT government_figure_target_check CHECK (target >= 0),
        CONSTRAINT government_figure_achieved_check CHECK (achieved >= 0),
        CONSTRAINT government_figure_counted_check CHECK (
          (counted_period_code IS NULL) = (counted_report_version IS NULL)
          AND (counted_period_code IS NULL) = (counted_period_ends_on IS NULL)
          AND (counted_period_code IS NOT NULL OR achieved IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE programme_total (
        project_year smallint NOT NULL,
        level varchar(10) NOT NULL,
        scope_key varchar(40) NOT NULL,
        planned bigint NOT NULL,
        realised bigint NOT NULL,
        targets integer NOT NULL,
        targets_reported integer NOT NULL,
        targets_reached integer NOT NULL,
        governments integer NOT NULL,
        governments_reported integer NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (project_year, level, scope_key),
        CONSTRAINT programme_total_level_check CHECK (level IN ('indicator', 'action', 'objective', 'year'))
      )`);
    await queryRunner.query(`
      CREATE TABLE government_total (
        project_year smallint NOT NULL,
        government_code varchar(40) NOT NULL,
        level varchar(10) NOT NULL,
        scope_key varchar(40) NOT NULL,
        planned bigint NOT NULL,
        realised bigint NOT NULL,
        targets integer NOT NULL,
        targets_reported integer NOT NULL,
        targets_reached integer NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (project_year, government_code, level, scope_key),
        CONSTRAINT government_total_level_check CHECK (level IN ('indicator', 'action', 'objective', 'year'))
      )`);
    await queryRunner.query('CREATE INDEX government_total_by_level ON government_total (project_year, level, scope_key)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE government_total');
    await queryRunner.query('DROP TABLE programme_total');
    await queryRunner.query('DROP TABLE government_figure');
  }
}
