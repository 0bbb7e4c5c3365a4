import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments: the schedule ABB sets per project year, each government's instalments created from its decision, and the
 * accepted annual reports that make a balance due. A released instalment is booked in the ledger once: the release is
 * a conditional update from due to released, under the year's lock.
 */
export class PaymentSchedulesAndPayments1763800002201 implements MigrationInterface {
  name = 'PaymentSchedulesAndPayments1763800002201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE payment_schedule (
        project_year smallint PRIMARY KEY,
        instalments jsonb NOT NULL,
        changed_by varchar(200) NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL,
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        instalment integer NOT NULL,
        label varchar(80) NOT NULL,
        share_percent integer NOT NULL,
        condition varchar(40) NOT NULL,
        amount_cents bigint NOT NULL,
        status varchar(20) NOT NULL,
        due_at timestamptz,
        released_at timestamptz,
        released_by varchar(200),
        iban varchar(34),
        ledger_transaction_id uuid,
        CONSTRAINT payment_once_per_instalment UNIQUE (application_id, instalment),
        CONSTRAINT payment_amount_not_negative CHECK (amount_cents >= 0),
        CONSTRAINT payment_status CHECK (status IN ('scheduled', 'due', 'released')),
        CONSTRAINT payment_released_is_booked
          CHECK ((status = 'released') = (released_at IS NOT NULL AND ledger_transaction_id IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX payment_by_year_and_government ON payment (project_year, government_code)');
    await queryRunner.query(`
      CREATE TABLE accepted_annual_report (
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        report_id uuid NOT NULL,
        report_version integer NOT NULL,
        accepted_at timestamptz NOT NULL,
        PRIMARY KEY (government_code, project_year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE accepted_annual_report');
    await queryRunner.query('DROP TABLE payment');
    await queryRunner.query('DROP TABLE payment_schedule');
  }
}
