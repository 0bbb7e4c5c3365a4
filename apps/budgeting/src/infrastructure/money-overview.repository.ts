import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { commitmentsAccount, recoveryReceivableAccount } from '../domain/ledger.js';

export interface YearMoney {
  proposedCents: number;
  paidCents: number;
  dueCents: number;
  toBeRecoveredCents: number;
  recoveredCents: number;
}

export interface GovernmentMoney {
  governmentCode: string;
  committedCents: number;
  linesCents: number;
  stimuliCents: number;
  paidCents: number;
  dueCents: number;
  toBeRecoveredCents: number;
  recoveredCents: number;
}

export interface IndicatorMoney {
  indicatorCode: string;
  committedCents: number;
  governments: number;
  plannedReach: number;
  approvedAdditionalReach: number;
  toBeRecoveredCents: number;
  recoveredCents: number;
}

export interface StimulusMoney {
  actionNumber: number | null;
  kind: string;
  committedCents: number;
}

export interface LedgerLine {
  transactionId: string;
  kind: string;
  description: string;
  bookedAt: Date;
  account: string;
  debitCents: number;
  creditCents: number;
}

const cents = (value: string | null | undefined): number => Number(value ?? 0);

/** The figures of the money overviews, summed by PostgreSQL from the commitments, instalments and recoveries. */
@Injectable()
export class MoneyOverviewRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async year(projectYear: number): Promise<YearMoney> {
    const [row] = await this.unitOfWork.manager.query<Record<string, string>[]>(
      `SELECT
         (SELECT COALESCE(SUM(lines_cents + stimuli_cents), 0) FROM allocation_proposal WHERE project_year = $1) AS proposed,
         (SELECT COALESCE(SUM(amount_cents), 0) FROM payment WHERE project_year = $1 AND status = 'released') AS paid,
         (SELECT COALESCE(SUM(amount_cents), 0) FROM payment WHERE project_year = $1 AND status = 'due') AS due,
         (SELECT COALESCE(SUM(proposed_cents), 0) FROM recovery WHERE project_year = $1 AND status = 'proposed') AS open,
         (SELECT COALESCE(SUM(recovered_cents), 0) FROM recovery WHERE project_year = $1 AND status = 'confirmed') AS recovered`,
      [projectYear],
    );
    return {
      proposedCents: cents(row?.proposed),
      paidCents: cents(row?.paid),
      dueCents: cents(row?.due),
      toBeRecoveredCents: cents(row?.open),
      recoveredCents: cents(row?.recovered),
    };
  }

  async governments(projectYear: number, governmentCode?: string): Promise<GovernmentMoney[]> {
    const rows = await this.unitOfWork.manager.query<Record<string, string>[]>(
      `WITH committed AS (
         SELECT government_code, SUM(committed_cents) AS committed, SUM(lines_cents) AS lines, SUM(stimuli_cents) AS stimuli
         FROM commitment WHERE project_year = $1 GROUP BY government_code),
       paid AS (
         SELECT government_code, SUM(amount_cents) FILTER (WHERE status = 'released') AS paid,
                SUM(amount_cents) FILTER (WHERE status = 'due') AS due
         FROM payment WHERE project_year = $1 GROUP BY government_code),
       recovered AS (
         SELECT government_code, SUM(proposed_cents) FILTER (WHERE status = 'proposed') AS open,
                SUM(recovered_cents) FILTER (WHERE status = 'confirmed') AS recovered
         FROM recovery WHERE project_year = $1 GROUP BY government_code)
       SELECT c.government_code, c.committed, c.lines, c.stimuli, p.paid, p.due, r.open, r.recovered
       FROM committed c LEFT JOIN paid p USING (government_code) LEFT JOIN recovered r USING (government_code)
       WHERE $2::varchar IS NULL OR c.government_code = $2
       ORDER BY c.government_code`,
      [projectYear, governmentCode ?? null],
    );
    return rows.map((row) => ({
      governmentCode: row.government_code!,
      committedCents: cents(row.committed),
      linesCents: cents(row.lines),
      stimuliCents: cents(row.stimuli),
      paidCents: cents(row.paid),
      dueCents: cents(row.due),
      toBeRecoveredCents: cents(row.open),
      recoveredCents: cents(row.recovered),
    }));
  }

  /** Per indicator: the committed lines (a government counts where its line awards money) and the recoveries. */
  async indicators(projectYear: number): Promise<IndicatorMoney[]> {
    const rows = await this.unitOfWork.manager.query<Record<string, string>[]>(
      `WITH lines AS (
         SELECT line->>'indicatorCode' AS indicator_code, c.government_code, (line->>'amountCents')::bigint AS amount,
                (line->>'target')::bigint AS target, (line->>'approvedAdditionalReach')::bigint AS approved
         FROM commitment c, jsonb_array_elements(c.lines) AS line WHERE c.project_year = $1),
       committed AS (
         SELECT indicator_code, SUM(amount) AS committed, COUNT(DISTINCT government_code) FILTER (WHERE amount > 0) AS governments,
                SUM(target) FILTER (WHERE amount > 0) AS planned, SUM(approved) FILTER (WHERE amount > 0) AS approved
         FROM lines GROUP BY indicator_code),
       recovered AS (
         SELECT indicator_code, SUM(proposed_cents) FILTER (WHERE status = 'proposed') AS open,
                SUM(recovered_cents) FILTER (WHERE status = 'confirmed') AS recovered
         FROM recovery WHERE project_year = $1 GROUP BY indicator_code)
       SELECT c.indicator_code, c.committed, c.governments, c.planned, c.approved, r.open, r.recovered
       FROM committed c LEFT JOIN recovered r USING (indicator_code) ORDER BY c.indicator_code`,
      [projectYear],
    );
    return rows.map((row) => ({
      indicatorCode: row.indicator_code!,
      committedCents: cents(row.committed),
      governments: Number(row.governments ?? 0),
      plannedReach: Number(row.planned ?? 0),
      approvedAdditionalReach: Number(row.approved ?? 0),
      toBeRecoveredCents: cents(row.open),
      recoveredCents: cents(row.recovered),
    }));
  }

  /** Which governments a line awards money on, per indicator (to count governments per action without double counting). */
  async fundedPairs(projectYear: number): Promise<{ indicatorCode: string; governmentCode: string }[]> {
    const rows = await this.unitOfWork.manager.query<{ indicator_code: string; government_code: string }[]>(
      `SELECT DISTINCT line->>'indicatorCode' AS indicator_code, c.government_code
       FROM commitment c, jsonb_array_elements(c.lines) AS line WHERE c.project_year = $1 AND (line->>'amountCents')::bigint > 0`,
      [projectYear],
    );
    return rows.map((row) => ({ indicatorCode: row.indicator_code, governmentCode: row.government_code }));
  }

  async stimuli(projectYear: number): Promise<StimulusMoney[]> {
    const rows = await this.unitOfWork.manager.query<Record<string, string | null>[]>(
      `SELECT (stimulus->>'actionNumber')::int AS action_number, stimulus->>'kind' AS kind,
              SUM((stimulus->>'amountCents')::bigint) AS amount
       FROM commitment c, jsonb_array_elements(c.stimuli) AS stimulus WHERE c.project_year = $1
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [projectYear],
    );
    return rows.map((row) => ({
      actionNumber: row.action_number === null ? null : Number(row.action_number),
      kind: row.kind ?? '',
      committedCents: cents(row.amount),
    }));
  }

  /** Every entry of the year's bookings that touch the government's accounts, oldest first. */
  async ledgerOf(projectYear: number, governmentCode: string): Promise<LedgerLine[]> {
    const rows = await this.unitOfWork.manager.query<Record<string, string | Date>[]>(
      `SELECT t.id, t.kind, t.description, t.booked_at, e.account, e.debit_cents, e.credit_cents
       FROM ledger_transaction t JOIN ledger_entry e ON e.transaction_id = t.id
       WHERE t.project_year = $1 AND t.id IN (
         SELECT transaction_id FROM ledger_entry WHERE account IN ($2, $3))
       ORDER BY t.booked_at, t.id, e.debit_cents DESC, e.account`,
      [projectYear, commitmentsAccount(governmentCode), recoveryReceivableAccount(governmentCode)],
    );
    return rows.map((row) => ({
      transactionId: String(row.id),
      kind: String(row.kind),
      description: String(row.description),
      bookedAt: row.booked_at as Date,
      account: String(row.account),
      debitCents: cents(String(row.debit_cents)),
      creditCents: cents(String(row.credit_cents)),
    }));
  }
}
