import { Injectable } from '@nestjs/common';
import { cofinancingShortfallFlaggedV1 } from '#contracts';
import { OutboxWriter } from '#messaging';
import { assessCofinancing } from '../../domain/cofinancing.js';
import { CofinancingRepository } from '../../infrastructure/cofinancing.repository.js';

/**
 * After a commitment changed (an amendment), the declaration in force is measured against the new obligation: a
 * declaration that covered the old obligation but not the new one is flagged. Runs inside the commitment's unit of work.
 */
@Injectable()
export class CofinancingReassessment {
  constructor(
    private readonly cofinancing: CofinancingRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async afterCommitmentChanged(governmentCode: string, projectYear: number, at: Date): Promise<void> {
    await this.cofinancing.lock(governmentCode, projectYear);
    const declaration = await this.cofinancing.latest(governmentCode, projectYear);
    if (!declaration) return;
    const [obligation] = await this.cofinancing.obligations(projectYear, governmentCode);
    const before = assessCofinancing(declaration.obligationCents, declaration.declaredCents);
    const after = assessCofinancing(obligation?.obligationCents ?? 0, declaration.declaredCents);
    if (after.status !== 'shortfall' || after.shortfallCents <= before.shortfallCents) return;
    await this.outbox.append(cofinancingShortfallFlaggedV1, {
      key: governmentCode,
      payload: {
        declarationId: declaration.id,
        governmentCode,
        projectYear,
        obligationCents: after.obligationCents,
        declaredCents: declaration.declaredCents,
        shortfallCents: after.shortfallCents,
        flaggedAt: at.toISOString(),
      },
    });
  }
}
