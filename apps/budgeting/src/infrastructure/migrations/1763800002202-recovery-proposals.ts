import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Recovery (terugvordering): one proposal per government, project year and indicator, confirmed or waived by ABB. */
export class RecoveryProposals1763800002202 implements MigrationInterface {
  name = 'RecoveryProposals1763800002202';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE recovery (
        id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        indicator_code varchar(40) NOT NULL,
        report_id uuid NOT NULL,
        subsidy_cents bigint NOT NULL,
        approved_additional_reach integer NOT NULL,
        achieved_additional_reach integer NOT NULL,
        target integer NOT NULL,
        realised integer NOT NULL,
        rule_cents bigint NOT NULL,
        proposed_cents bigint NOT NULL,
        proposed_at timestamptz NOT NULL,
        status varchar(20) NOT NULL,
        recovered_cents bigint,
        reason varchar(2000),
        decided_by varchar(200),
        decided_at timestamptz,
        ledger_transaction_id uuid,
        CONSTRAINT recovery_once_per_indicator UNIQUE (government_code, project_year, indicator_code),
        CONSTRAINT recovery_status CHECK (status IN ('proposed', 'confirmed', 'waived')),
        CONSTRAINT recovery_within_proposal CHECK (proposed_cents > 0 AND proposed_cents <= rule_cents
          AND (recovered_cents IS NULL OR (recovered_cents >= 0 AND recovered_cents <= proposed_cents)))
      )`);
    await queryRunner.query('CREATE INDEX recovery_by_year_and_government ON recovery (project_year, government_code)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE recovery');
  }
}
