import { Injectable } from '@nestjs/common';
import type { IndicatorStatusChangedV2 } from '#contracts';
import { ProgrammeClock } from '#platform';
import { UnitOfWork } from '#persistence';
import { DigestRepository } from '../../infrastructure/digest.repository.js';

/**
 * A change into lagging or at risk is a fact for ABB's digest. The government itself is told from the period
 * summary (SignalPeriodStatusHandler), which names all its indicators behind at once.
 */
@Injectable()
export class RecordStatusChangeHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly digest: DigestRepository,
    private readonly clock: ProgrammeClock,
  ) {}

  /** True when the change was recorded for the digest. */
  async execute({ causeEventId, change }: { causeEventId: string; change: IndicatorStatusChangedV2 }): Promise<boolean> {
    if ((change.status !== 'lagging' && change.status !== 'at-risk') || change.previousStatus === change.status) return false;
    const status = change.status;
    await this.unitOfWork.run(() =>
      this.digest.recordFact({
        causeEventId,
        fact: 'status-changed',
        governmentCode: change.governmentCode,
        projectYear: change.projectYear,
        periodCode: change.periodCode,
        indicatorCode: change.indicatorCode,
        status,
        due: null,
        recordedAt: this.clock.now(),
        digestDay: null,
      }),
    );
    return true;
  }
}
