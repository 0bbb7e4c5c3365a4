import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { UnitOfWork } from '#persistence';
import { assertBalanced, type Posting } from '../domain/ledger.js';
import { LedgerEntryEntity } from './ledger-entry.entity.js';
import { LedgerTransactionEntity, type LedgerTransactionKind } from './ledger-transaction.entity.js';

export interface Booking {
  projectYear: number;
  kind: LedgerTransactionKind;
  applicationId: string | null;
  description: string;
  postings: Posting[];
}

export interface AccountTotals {
  debitEur: number;
  creditEur: number;
}

/** Writes balanced bookings in the current unit of work and reads balances back. */
@Injectable()
export class LedgerRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async book(booking: Booking): Promise<string | null> {
    assertBalanced(booking.postings);
    if (booking.postings.length === 0) return null;
    const manager = this.unitOfWork.manager;
    const id = randomUUID();
    await manager.getRepository(LedgerTransactionEntity).insert({
      id,
      projectYear: booking.projectYear,
      kind: booking.kind,
      applicationId: booking.applicationId,
      description: booking.description,
      bookedAt: new Date(),
    });
    await manager
      .getRepository(LedgerEntryEntity)
      .insert(booking.postings.map((posting) => ({ id: randomUUID(), transactionId: id, ...posting })));
    return id;
  }

  /** Debit and credit totals of one account. */
  async account(account: string): Promise<AccountTotals> {
    const [row] = await this.unitOfWork.manager.query<{ debit: string; credit: string }[]>(
      'SELECT COALESCE(SUM(debit_eur), 0) AS debit, COALESCE(SUM(credit_eur), 0) AS credit FROM ledger_entry WHERE account = $1',
      [account],
    );
    return { debitEur: Number(row?.debit ?? 0), creditEur: Number(row?.credit ?? 0) };
  }

  /** Debit and credit totals of every booking of a project year; equal when the ledger balances. */
  async year(projectYear: number): Promise<AccountTotals> {
    const [row] = await this.unitOfWork.manager.query<{ debit: string; credit: string }[]>(
      `SELECT COALESCE(SUM(e.debit_eur), 0) AS debit, COALESCE(SUM(e.credit_eur), 0) AS credit
       FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id WHERE t.project_year = $1`,
      [projectYear],
    );
    return { debitEur: Number(row?.debit ?? 0), creditEur: Number(row?.credit ?? 0) };
  }
}
