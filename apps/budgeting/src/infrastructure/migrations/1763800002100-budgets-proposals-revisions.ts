import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Budgeting in euro cents: programme budgets ABB can change (with their history), the submissions and closed
 * calls an allocation proposal is made from, and commitments per decision revision, each decision answered
 * once (committed or refused). The walking skeleton's commitments came from direct decisions that applications
 * dropped (its migration 1763800001400); no environment holds real decisions yet, so they and their bookings go,
 * and the ledger starts again in cents.
 */
export class BudgetsProposalsRevisions1763800002100 implements MigrationInterface {
  name = 'BudgetsProposalsRevisions1763800002100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER ledger_entry_balances ON ledger_entry');
    await queryRunner.query('DROP FUNCTION ledger_transaction_must_balance()');
    await queryRunner.query('DROP TABLE ledger_entry');
    await queryRunner.query('DROP TABLE ledger_transaction');
    await queryRunner.query('DROP TABLE commitment_line');
    await queryRunner.query('DROP TABLE commitment');

    await queryRunner.query(`
      CREATE TABLE programme_budget (
        project_year smallint PRIMARY KEY,
        budget_cents bigint NOT NULL,
        changed_at timestamptz NOT NULL,
        CONSTRAINT programme_budget_not_negative CHECK (budget_cents >= 0)
      )`);
    // Append-only: every change ABB made, with its reason.
    await queryRunner.query(`
      CREATE TABLE budget_change (
        id uuid PRIMARY KEY,
        project_year smallint NOT NULL,
        previous_cents bigint NOT NULL,
        budget_cents bigint NOT NULL,
        reason varchar(2000) NOT NULL,
        changed_by varchar(200) NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX budget_change_by_year ON budget_change (project_year, changed_at)');

    await queryRunner.query(`
      CREATE TABLE submitted_application (
        application_id uuid PRIMARY KEY,
        call_id uuid NOT NULL,
        project_year smallint NOT NULL,
        government_code varchar(40) NOT NULL,
        submitted_at timestamptz NOT NULL,
        lines jsonb NOT NULL,
        stimuli jsonb NOT NULL,
        requested_cents bigint NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX submitted_application_by_call ON submitted_application (call_id)');
    await queryRunner.query(`
      CREATE TABLE closed_call (
        call_id uuid PRIMARY KEY,
        project_year smallint NOT NULL,
        closed_at timestamptz NOT NULL,
        submitted_application_ids uuid[] NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE allocation_proposal (
        call_id uuid PRIMARY KEY,
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
        CONSTRAINT allocation_proposal_proposal_id_key UNIQUE (proposal_id)
      )`);

    // The revision in force per application.
    await queryRunner.query(`
      CREATE TABLE commitment (
        application_id uuid PRIMARY KEY,
        decision_id uuid NOT NULL,
        revision integer NOT NULL,
        call_id uuid NOT NULL,
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        iban varchar(34) NOT NULL,
        catalogue_version varchar(80) NOT NULL,
        lines jsonb NOT NULL,
        stimuli jsonb NOT NULL,
        lines_cents bigint NOT NULL,
        stimuli_cents bigint NOT NULL,
        committed_cents bigint NOT NULL,
        committed_at timestamptz NOT NULL,
        CONSTRAINT commitment_amount_not_negative CHECK (committed_cents >= 0),
        CONSTRAINT commitment_parts_add_up CHECK (committed_cents = lines_cents + stimuli_cents)
      )`);
    await queryRunner.query('CREATE INDEX commitment_by_year_and_government ON commitment (project_year, government_code)');
    // One answer per decision revision: a redelivered decision is recognised by its id.
    await queryRunner.query(`
      CREATE TABLE decision_answer (
        decision_id uuid PRIMARY KEY,
        application_id uuid NOT NULL,
        revision integer NOT NULL,
        outcome varchar(20) NOT NULL,
        delta_cents bigint NOT NULL,
        reason varchar(500),
        answered_at timestamptz NOT NULL,
        CONSTRAINT decision_answer_outcome CHECK (outcome IN ('committed', 'refused', 'superseded'))
      )`);
    await queryRunner.query('CREATE INDEX decision_answer_by_application ON decision_answer (application_id)');

    await queryRunner.query(`
      CREATE TABLE ledger_transaction (
        id uuid PRIMARY KEY,
        project_year smallint NOT NULL,
        kind varchar(40) NOT NULL,
        application_id uuid,
        decision_id uuid,
        description varchar(300) NOT NULL,
        booked_at timestamptz NOT NULL,
        CONSTRAINT ledger_transaction_once_per_decision UNIQUE (decision_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE ledger_entry (
        id uuid PRIMARY KEY,
        transaction_id uuid NOT NULL,
        account varchar(100) NOT NULL,
        debit_cents bigint NOT NULL,
        credit_cents bigint NOT NULL,
        CONSTRAINT ledger_entry_of_transaction FOREIGN KEY (transaction_id) REFERENCES ledger_transaction (id),
        CONSTRAINT ledger_entry_one_positive_side CHECK (debit_cents >= 0 AND credit_cents >= 0 AND (debit_cents = 0) <> (credit_cents = 0))
      )`);
    await queryRunner.query('CREATE INDEX ledger_entry_by_transaction ON ledger_entry (transaction_id)');
    await queryRunner.query('CREATE INDEX ledger_entry_by_account ON ledger_entry (account)');
    // The database itself refuses to commit a booking whose debits and credits differ (checked at commit, when
    // all entries are in), and refuses to change or delete an entry: the ledger is append-only.
    await queryRunner.query(`
      CREATE FUNCTION ledger_transaction_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        difference numeric;
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          RAISE EXCEPTION 'the ledger is append-only: % of an entry refused', TG_OP USING ERRCODE = 'check_violation';
        END IF;
        SELECT COALESCE(SUM(debit_cents - credit_cents), 0) INTO difference FROM ledger_entry WHERE transaction_id = NEW.transaction_id;
        IF difference <> 0 THEN
          RAISE EXCEPTION 'ledger transaction % does not balance: debit - credit = % cents', NEW.transaction_id, difference
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER ledger_entry_balances
        AFTER INSERT OR UPDATE OR DELETE ON ledger_entry
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION ledger_transaction_must_balance()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER ledger_entry_balances ON ledger_entry');
    await queryRunner.query('DROP FUNCTION ledger_transaction_must_balance()');
    for (const table of [
      'ledger_entry',
      'ledger_transaction',
      'decision_answer',
      'commitment',
      'allocation_proposal',
      'closed_call',
      'submitted_application',
      'budget_change',
      'programme_budget',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
    // The skeleton's tables, empty, as its migration 1763800002000 left them.
    await queryRunner.query(`
      CREATE TABLE commitment (
        application_id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        amount_eur integer NOT NULL,
        cause_event_id uuid NOT NULL,
        committed_at timestamptz NOT NULL,
        CONSTRAINT commitment_amount_not_negative CHECK (amount_eur >= 0)
      )`);
    await queryRunner.query('CREATE INDEX commitment_by_year_and_government ON commitment (project_year, government_code)');
    await queryRunner.query(`
      CREATE TABLE commitment_line (
        application_id uuid NOT NULL,
        indicator_code varchar(40) NOT NULL,
        approved_additional_reach integer NOT NULL,
        subsidised_reach integer NOT NULL,
        eur_per_kpi integer NOT NULL,
        amount_eur integer NOT NULL,
        PRIMARY KEY (application_id, indicator_code),
        CONSTRAINT commitment_line_of_commitment FOREIGN KEY (application_id) REFERENCES commitment (application_id),
        CONSTRAINT commitment_line_reach_within_approval CHECK (subsidised_reach >= 0 AND subsidised_reach <= approved_additional_reach),
        CONSTRAINT commitment_line_price_not_negative CHECK (eur_per_kpi >= 0),
        CONSTRAINT commitment_line_amount_is_reach_times_price CHECK (amount_eur = subsidised_reach * eur_per_kpi)
      )`);
    await queryRunner.query(`
      CREATE TABLE ledger_transaction (
        id uuid PRIMARY KEY,
        project_year smallint NOT NULL,
        kind varchar(40) NOT NULL,
        application_id uuid,
        description varchar(300) NOT NULL,
        booked_at timestamptz NOT NULL,
        CONSTRAINT ledger_transaction_once_per_application UNIQUE (kind, application_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE ledger_entry (
        id uuid PRIMARY KEY,
        transaction_id uuid NOT NULL,
        account varchar(100) NOT NULL,
        debit_eur integer NOT NULL,
        credit_eur integer NOT NULL,
        CONSTRAINT ledger_entry_of_transaction FOREIGN KEY (transaction_id) REFERENCES ledger_transaction (id),
        CONSTRAINT ledger_entry_one_positive_side CHECK (debit_eur >= 0 AND credit_eur >= 0 AND (debit_eur = 0) <> (credit_eur = 0))
      )`);
    await queryRunner.query('CREATE INDEX ledger_entry_by_transaction ON ledger_entry (transaction_id)');
    await queryRunner.query('CREATE INDEX ledger_entry_by_account ON ledger_entry (account)');
    await queryRunner.query(`
      CREATE FUNCTION ledger_transaction_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        booking uuid := COALESCE(NEW.transaction_id, OLD.transaction_id);
        difference bigint;
      BEGIN
        SELECT COALESCE(SUM(debit_eur::bigint - credit_eur::bigint), 0) INTO difference FROM ledger_entry WHERE transaction_id = booking;
        IF difference <> 0 THEN
          RAISE EXCEPTION 'ledger transaction % does not balance: debit - credit = % EUR', booking, difference
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER ledger_entry_balances
        AFTER INSERT OR UPDATE OR DELETE ON ledger_entry
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION ledger_transaction_must_balance()`);
  }
}
