import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The reminder and overdue moments of every expected return, each fired once by the deadline poller. */
export class ReturnDeadlines1763800003501 implements MigrationInterface {
  name = 'ReturnDeadlines1763800003501';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE return_deadline (
        government_code varchar(40) NOT NULL,
        period_code varchar(20) NOT NULL,
        moment varchar(12) NOT NULL,
        at timestamptz NOT NULL,
        settled_at timestamptz,
        outcome varchar(12),
        PRIMARY KEY (government_code, period_code, moment),
        CONSTRAINT return_deadline_moment_known CHECK (moment IN ('reminder-14', 'reminder-3', 'overdue')),
        CONSTRAINT return_deadline_settled_with_outcome CHECK ((settled_at IS NULL) = (outcome IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX return_deadline_by_time ON return_deadline (at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE return_deadline');
  }
}
