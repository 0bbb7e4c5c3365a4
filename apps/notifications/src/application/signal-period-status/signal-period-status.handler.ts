import { Injectable } from '@nestjs/common';
import { ProgrammeClock } from '#platform';
import { UnitOfWork } from '#persistence';
import { afterSignal, NOTHING_SIGNALLED, signalKind, worsening } from '../../domain/lagging-signal.js';
import { LaggingSignalRepository } from '../../infrastructure/lagging-signal.repository.js';
import { NoticeWriter } from '../write-notice/notice-writer.js';
import type { SignalPeriodStatusCommand } from './signal-period-status.command.js';

/**
 * The lagging or at-risk signal to a government, from reporting's summary per government and period: once, and
 * again only when the situation gets worse (domain/lagging-signal.ts). Returns the messages written.
 */
@Injectable()
export class SignalPeriodStatusHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly signals: LaggingSignalRepository,
    private readonly writer: NoticeWriter,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute({ causeEventId, summary }: SignalPeriodStatusCommand): Promise<number> {
    const now = {
      lagging: summary.lagging.map((behind) => behind.indicatorCode),
      atRisk: summary.atRisk.map((behind) => behind.indicatorCode),
    };
    return this.unitOfWork.run(async () => {
      await this.signals.lock(summary.governmentCode, summary.periodCode);
      const previous = await this.signals.find(summary.governmentCode, summary.periodCode);
      const signalled = previous ?? NOTHING_SIGNALLED;
      const added = worsening(signalled, now);
      if (added.lagging.length === 0 && added.atRisk.length === 0) return 0;
      const told = afterSignal(signalled, now);
      await this.signals.save({
        governmentCode: summary.governmentCode,
        periodCode: summary.periodCode,
        lagging: [...told.lagging],
        atRisk: [...told.atRisk],
        lastCauseEventId: causeEventId,
        signalledAt: this.clock.now(),
      });
      const kind = signalKind(added);
      return this.writer.write({
        governmentCode: summary.governmentCode,
        causeEventId,
        facts: { kind, summary, newlyBehind: [...added.atRisk, ...added.lagging].sort() },
      });
    });
  }
}
