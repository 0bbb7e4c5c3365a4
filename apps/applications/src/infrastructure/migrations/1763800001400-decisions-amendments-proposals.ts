import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Decisions are taken on applications now, revision by revision through the budget saga, with amendments and
 * budgeting's allocation proposals per call; the direct decisions of the walking skeleton (table `decision`) go.
 */
export class DecisionsAmendmentsProposals1763800001400 implements MigrationInterface {
  name = 'DecisionsAmendmentsProposals1763800001400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE decision');
    await queryRunner.query(`
      CREATE TABLE application_decision (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL CONSTRAINT application_decision_application_id_fkey REFERENCES application(id),
        revision integer NOT NULL,
        amendment_id uuid,
        status varchar(20) NOT NULL,
        lines jsonb NOT NULL,
        stimuli jsonb NOT NULL,
        lines_cents bigint NOT NULL,
        stimuli_cents bigint NOT NULL,
        total_cents bigint NOT NULL,
        refusal_reason varchar(500),
        decided_at timestamptz NOT NULL,
        decided_by varchar(200) NOT NULL,
        settled_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX application_decision_application_id_idx ON application_decision (application_id)');
    await queryRunner.query(`
      CREATE TABLE amendment (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL CONSTRAINT amendment_application_id_fkey REFERENCES application(id),
        lines jsonb NOT NULL,
        reason varchar(2000) NOT NULL,
        status varchar(20) NOT NULL,
        requested_by varchar(200) NOT NULL,
        requested_at timestamptz NOT NULL,
        reviewed_by varchar(200),
        reviewed_at timestamptz,
        comment varchar(2000),
        decision_id uuid
      )`);
    await queryRunner.query('CREATE INDEX amendment_application_id_idx ON amendment (application_id)');
    await queryRunner.query(`
      CREATE TABLE allocation_proposal (
        call_id uuid PRIMARY KEY CONSTRAINT allocation_proposal_call_id_fkey REFERENCES call(id),
        proposal_id uuid NOT NULL,
        project_year smallint NOT NULL,
        budget_cents bigint NOT NULL,
        available_cents bigint NOT NULL,
        rule varchar(80) NOT NULL,
        applications jsonb NOT NULL,
        requested_cents bigint NOT NULL,
        lines_cents bigint NOT NULL,
        stimuli_cents bigint NOT NULL,
        proposed_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE allocation_proposal');
    await queryRunner.query('DROP TABLE amendment');
    await queryRunner.query('DROP TABLE application_decision');
    // As 1763800001000 and 1763800001001 left it (its rows are gone with it).
    await queryRunner.query(`
      CREATE TABLE decision (
        id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL REFERENCES local_government(code),
        project_year smallint NOT NULL,
        targets jsonb NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        catalogue_version varchar(80),
        CONSTRAINT decision_one_per_government_and_year UNIQUE (government_code, project_year)
      )`);
  }
}
