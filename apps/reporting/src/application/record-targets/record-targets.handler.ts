import { Injectable } from '@nestjs/common';
import type { TargetsCommittedV2 } from '#contracts';
import { UnitOfWork } from '#persistence';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { IndicatorTotalsRepository } from '../../infrastructure/indicator-totals.repository.js';

/** Keeps the committed targets reports are checked against, and the planned figures. */
@Injectable()
export class RecordTargetsHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly targets: CommittedTargetRepository,
    private readonly totals: IndicatorTotalsRepository,
  ) {}

  async execute(decision: TargetsCommittedV2): Promise<void> {
    await this.unitOfWork.run(async () => {
      await this.targets.save(
        decision.targets.map((line) => ({
          governmentCode: decision.governmentCode,
          projectYear: decision.projectYear,
          indicatorCode: line.indicatorCode,
          applicationId: decision.applicationId,
          target: line.target,
        })),
      );
      for (const line of decision.targets) await this.totals.refresh(decision.projectYear, line.indicatorCode);
    });
  }
}
