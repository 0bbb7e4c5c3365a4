import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { UnitOfWork } from '#persistence';
import { assertBalanced, programmeBudgetAccount, type Posting } from '../domain/ledger.js';
import { LedgerEntryEntity } from './ledger-entry.entity.js';
import { LedgerTransactionEntity, type LedgerTransactionKind } from './ledger-transaction.entity.js';

export interface Booking {
  projectYear: number;
  kind: LedgerTransactionKind;
  applicationId: string | null;
  decisionId: string | null;
  description: string;
  postings: Posting[];
}

export interface LedgerTotals {
  debitCents: number;
  creditCents: number;
}

const totalsOf = (row: { debit: string; credit: string } | undefined): LedgerTotals => ({
  debitCents: Number(row?.debit ?? 0),
  creditCents: Number(row?.credit ?? 0),
});

/** Writes balanced bookings in the current unit of work (append-only) and reads balances back. */
@Injectable()
export class LedgerRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async book(booking: Booking, bookedAt: Date): Promise<string | null> {
    assertBalanced(booking.postings);
    if (booking.postings.length === 0) return null;
    const manager = this.unitOfWork.manager;
    const id = randomUUID();
    const { postings, ...transaction } = booking;
    await manager.getRepository(LedgerTransactionEntity).insert({ id, ...transaction, bookedAt });
    await manager.getRepository(LedgerEntryEntity).insert(postings.map((posting) => ({ id: randomUUID(), transactionId: id, ...posting })));
    return id;
  }

  /** What the year has committed: the net debit of its programme-budget account. */
  async committedCents(projectYear: number): Promise<number> {
    const [row] = await this.unitOfWork.manager.query<{ debit: string; credit: string }[]>(
      'SELECT COALESCE(SUM(debit_cents), 0) AS debit, COALESCE(SUM(credit_cents), 0) AS credit FROM ledger_entry WHERE account = $1',
      [programmeBudgetAccount(projectYear)],
    );
    const totals = totalsOf(row);
    return totals.debitCents - totals.creditCents;
  }

  /** Debit and credit totals of every booking of a project year; equal when the ledger balances. */
  async year(projectYear: number): Promise<LedgerTotals> {
    const [row] = await this.unitOfWork.manager.query<{ debit: string; credit: string }[]>(
      `SELECT COALESCE(SUM(e.debit_cents), 0) AS debit, COALESCE(SUM(e.credit_cents), 0) AS credit
       FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id WHERE t.project_year = $1`,
      [projectYear],
    );
    return totalsOf(row);
  }
}
