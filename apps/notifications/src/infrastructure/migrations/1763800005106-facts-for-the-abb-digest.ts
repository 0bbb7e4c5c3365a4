import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Status changes into lagging or at risk and overdue returns, each until a digest has named it. */
export class FactsForTheAbbDigest1763800005106 implements MigrationInterface {
  name = 'FactsForTheAbbDigest1763800005106';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE digest_fact (
        cause_event_id uuid PRIMARY KEY,
        fact varchar(20) NOT NULL CHECK (fact IN ('status-changed', 'overdue')),
        government_code varchar(40) NOT NULL,
        project_year integer NOT NULL,
        period_code varchar(20) NOT NULL,
        indicator_code varchar(20),
        status varchar(20),
        due date,
        recorded_at timestamptz NOT NULL,
        digest_day date
      )`);
    await queryRunner.query('CREATE INDEX digest_fact_pending ON digest_fact (recorded_at) WHERE digest_day IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE digest_fact');
  }
}
