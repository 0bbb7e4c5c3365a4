import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What each government was told per period (lagging, at risk), so it hears again only when it gets worse. */
export class RememberLaggingSignals1763800005104 implements MigrationInterface {
  name = 'RememberLaggingSignals1763800005104';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE lagging_signal (
        government_code varchar(40) NOT NULL,
        period_code varchar(20) NOT NULL,
        lagging jsonb NOT NULL,
        at_risk jsonb NOT NULL,
        last_cause_event_id uuid NOT NULL,
        signalled_at timestamptz NOT NULL,
        PRIMARY KEY (government_code, period_code)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE lagging_signal');
  }
}
