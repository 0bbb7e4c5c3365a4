import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBudgetingTables1763800002000 implements MigrationInterface {
  name = 'CreateBudgetingTables1763800002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One commitment per decided application: the primary key makes a redelivered decision a no-op.
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
    // The database itself refuses to commit a booking whose debits and credits differ: checked at
    // commit time (deferred), when all entries of the transaction are in.
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

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER ledger_entry_balances ON ledger_entry');
    await queryRunner.query('DROP FUNCTION ledger_transaction_must_balance()');
    await queryRunner.query('DROP TABLE ledger_entry');
    await queryRunner.query('DROP TABLE ledger_transaction');
    await queryRunner.query('DROP TABLE commitment_line');
    await queryRunner.query('DROP TABLE commitment');
  }
}
