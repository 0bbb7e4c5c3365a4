import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TargetsCommittedV1 } from '#contracts';
import { CommittedTargetEntity } from '../../infrastructure/committed-target.entity.js';
import { IndicatorTotalsRepository } from '../../infrastructure/indicator-totals.repository.js';

/** Keeps the committed targets reports are checked against, and the planned figures. */
@Injectable()
export class RecordTargetsHandler {
  constructor(private readonly totals: IndicatorTotalsRepository) {}

  async execute(manager: EntityManager, decision: TargetsCommittedV1): Promise<void> {
    await manager.getRepository(CommittedTargetEntity).upsert(
      decision.targets.map((line) => ({
        governmentCode: decision.governmentCode,
        projectYear: decision.projectYear,
        indicatorCode: line.indicatorCode,
        applicationId: decision.applicationId,
        target: line.target,
      })),
      ['governmentCode', 'projectYear', 'indicatorCode'],
    );
    for (const line of decision.targets) await this.totals.refresh(manager, decision.projectYear, line.indicatorCode);
  }
}
