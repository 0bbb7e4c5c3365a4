import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { RecoveryEntity, type RecoveryStatus } from './recovery.entity.js';

export type StoredRecovery = RecoveryEntity;

@Injectable()
export class RecoveryRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Inserts the proposal unless the indicator of that government and year has one already; true when inserted. */
  async propose(recovery: StoredRecovery): Promise<boolean> {
    const inserted = await this.unitOfWork.manager
      .getRepository(RecoveryEntity)
      .createQueryBuilder()
      .insert()
      .values(recovery)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (inserted.raw as unknown[]).length === 1;
  }

  find(id: string): Promise<StoredRecovery | null> {
    return this.unitOfWork.manager.getRepository(RecoveryEntity).findOneBy({ id });
  }

  /** Records ABB's decision on a proposal still open; false when it was decided already. */
  async decide(
    id: string,
    decision: {
      status: Exclude<RecoveryStatus, 'proposed'>;
      recoveredCents: number;
      reason: string | null;
      decidedBy: string;
      decidedAt: Date;
    },
    ledgerTransactionId: string | null,
  ): Promise<boolean> {
    const [, changed] = await this.unitOfWork.manager.query<[unknown[], number]>(
      `UPDATE recovery SET status = $2, recovered_cents = $3, reason = $4, decided_by = $5, decided_at = $6, ledger_transaction_id = $7
       WHERE id = $1 AND status = 'proposed'`,
      [id, decision.status, decision.recoveredCents, decision.reason, decision.decidedBy, decision.decidedAt, ledgerTransactionId],
    );
    return changed === 1;
  }

  /** What is proposed and still open, and what was recovered, of a government's year. */
  async totals(governmentCode: string, projectYear: number): Promise<{ openCents: number; recoveredCents: number }> {
    const [row] = await this.unitOfWork.manager.query<{ open: string; recovered: string }[]>(
      `SELECT COALESCE(SUM(proposed_cents) FILTER (WHERE status = 'proposed'), 0) AS open,
              COALESCE(SUM(recovered_cents) FILTER (WHERE status = 'confirmed'), 0) AS recovered
       FROM recovery WHERE government_code = $1 AND project_year = $2`,
      [governmentCode, projectYear],
    );
    return { openCents: Number(row?.open ?? 0), recoveredCents: Number(row?.recovered ?? 0) };
  }

  list(filter: { projectYear: number; governmentCode?: string; status?: RecoveryStatus }): Promise<StoredRecovery[]> {
    const where = {
      projectYear: filter.projectYear,
      ...(filter.governmentCode === undefined ? {} : { governmentCode: filter.governmentCode }),
      ...(filter.status === undefined ? {} : { status: filter.status }),
    };
    return this.unitOfWork.manager.getRepository(RecoveryEntity).find({ where, order: { governmentCode: 'ASC', indicatorCode: 'ASC' } });
  }
}
