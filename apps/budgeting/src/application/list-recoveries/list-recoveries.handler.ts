import { Injectable } from '@nestjs/common';
import type { RecoveryStatus } from '../../infrastructure/recovery.entity.js';
import { RecoveryRepository, type StoredRecovery } from '../../infrastructure/recovery.repository.js';
import { requireProjectYear } from '../budget-of-year.js';

export interface ListRecoveriesQuery {
  projectYear: number;
  governmentCode?: string;
  status?: RecoveryStatus;
}

export interface RecoveryView {
  recoveryId: string;
  governmentCode: string;
  projectYear: number;
  indicatorCode: string;
  reportId: string;
  subsidyCents: number;
  approvedAdditionalReach: number;
  achievedAdditionalReach: number;
  target: number;
  realised: number;
  ruleCents: number;
  proposedCents: number;
  proposedAt: string;
  status: RecoveryStatus;
  recoveredCents: number | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export const toRecoveryView = (recovery: StoredRecovery): RecoveryView => ({
  recoveryId: recovery.id,
  governmentCode: recovery.governmentCode,
  projectYear: recovery.projectYear,
  indicatorCode: recovery.indicatorCode,
  reportId: recovery.reportId,
  subsidyCents: recovery.subsidyCents,
  approvedAdditionalReach: recovery.approvedAdditionalReach,
  achievedAdditionalReach: recovery.achievedAdditionalReach,
  target: recovery.target,
  realised: recovery.realised,
  ruleCents: recovery.ruleCents,
  proposedCents: recovery.proposedCents,
  proposedAt: recovery.proposedAt.toISOString(),
  status: recovery.status,
  recoveredCents: recovery.recoveredCents,
  reason: recovery.reason,
  decidedBy: recovery.decidedBy,
  decidedAt: recovery.decidedAt?.toISOString() ?? null,
});

/** The recovery proposals of a year and ABB's decisions on them, by government and indicator. */
@Injectable()
export class ListRecoveriesHandler {
  constructor(private readonly recoveries: RecoveryRepository) {}

  async execute(query: ListRecoveriesQuery): Promise<RecoveryView[]> {
    requireProjectYear(query.projectYear);
    return (await this.recoveries.list(query)).map(toRecoveryView);
  }
}
