import { Injectable } from '@nestjs/common';
import type { TargetsCommittedV3 } from '#contracts';
import { UnitOfWork } from '#persistence';
import { actionNumberOf } from '../../domain/member-standing.js';
import { MemberStandingRepository } from '../../infrastructure/member-standing.repository.js';

/**
 * Keeps each government's committed targets per indicator and year: the governments a network on that action may
 * suggest. A later revision of an application replaces the earlier one whole; an older or repeated one changes nothing.
 */
@Injectable()
export class RecordCommittedTargetsHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly standing: MemberStandingRepository,
  ) {}

  /** Returns whether the revision replaced what was kept. */
  async execute(committed: TargetsCommittedV3): Promise<boolean> {
    const targets = committed.targets.map((line) => ({
      indicatorCode: line.indicatorCode,
      actionNumber: actionNumberOf(line.indicatorCode),
      target: line.target,
    }));
    return this.unitOfWork.run(async () => {
      await this.standing.lock(committed.governmentCode, committed.projectYear);
      const kept = await this.standing.keptRevision(committed.applicationId);
      if (kept !== null && kept >= committed.revision) return false;
      await this.standing.replaceTargets(
        committed.governmentCode,
        committed.projectYear,
        committed.applicationId,
        committed.revision,
        targets,
      );
      return true;
    });
  }
}
