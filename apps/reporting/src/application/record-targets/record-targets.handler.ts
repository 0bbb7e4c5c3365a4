import { Injectable } from '@nestjs/common';
import type { TargetsCommittedV3 } from '#contracts';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { checkDistinctIndicators, expectedReturnsOf, indicatorsTouched, replacesCommitment } from '../../domain/committed-targets.js';
import { FigureAggregator } from '../aggregate-figures/figure-aggregator.js';
import { IndicatorStatusCheck } from '../check-targets/indicator-status-check.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { ExpectedReturnRepository } from '../../infrastructure/expected-return.repository.js';
import { ReturnDeadlineRepository } from '../../infrastructure/return-deadline.repository.js';
import { TargetCommitmentRepository } from '../../infrastructure/target-commitment.repository.js';

/** What recording a revision did: 'ignored' when an equal or newer revision of the application was already held. */
export type RecordTargetsOutcome = 'recorded' | 'ignored';

/**
 * Keeps the committed targets reports are checked against, the planned figures and the returns each government
 * owes. A later revision of an application (an accepted amendment) replaces its targets whole; an older revision
 * arriving late, or one delivered again, changes nothing. The returns of the project year are created once. The
 * statuses of the year (and of the year a revision moved away from) are checked against the new targets.
 */
@Injectable()
export class RecordTargetsHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly commitments: TargetCommitmentRepository,
    private readonly targets: CommittedTargetRepository,
    private readonly expectedReturns: ExpectedReturnRepository,
    private readonly figures: FigureAggregator,
    private readonly deadlines: ReturnDeadlineRepository,
    private readonly statusCheck: IndicatorStatusCheck,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(committed: TargetsCommittedV3): Promise<RecordTargetsOutcome> {
    const indicatorCodes = committed.targets.map((line) => line.indicatorCode);
    checkDistinctIndicators(committed.applicationId, committed.revision, indicatorCodes);
    const owed = expectedReturnsOf(committed.governmentCode, committed.projectYear);
    return this.unitOfWork.run(async () => {
      await this.commitments.lock(committed.applicationId);
      const held = await this.commitments.find(committed.applicationId);
      if (!replacesCommitment(held?.revision, committed.revision)) return 'ignored';
      // Programme time, like the check below: the returns owed are dated on the programme's calendar.
      const now = this.clock.now();
      await this.commitments.save({
        applicationId: committed.applicationId,
        decisionId: committed.decisionId,
        revision: committed.revision,
        governmentCode: committed.governmentCode,
        groupCode: committed.groupCode,
        projectYear: committed.projectYear,
        catalogueVersion: committed.catalogueVersion,
        totalCents: committed.totalCents,
        indicatorCodes,
        committedAt: now,
      });
      await this.targets.replaceOfApplication(
        committed.applicationId,
        committed.targets.map((line) => ({
          governmentCode: committed.governmentCode,
          projectYear: committed.projectYear,
          indicatorCode: line.indicatorCode,
          applicationId: committed.applicationId,
          target: line.target,
          currentReach: line.currentReach,
          approvedAdditionalReach: line.approvedAdditionalReach,
        })),
      );
      await this.expectedReturns.createMissing(owed, committed.applicationId, now);
      // Their reminder and overdue moments, fired by the deadline poller on the programme clock.
      await this.deadlines.schedule(owed);
      const moved = held && (held.projectYear !== committed.projectYear || held.governmentCode !== committed.governmentCode) ? held : null;
      // The target check's locks before the figures lock, in one order, as every other target check takes them.
      const checked = [
        { governmentCode: committed.governmentCode, projectYear: committed.projectYear },
        ...(moved ? [{ governmentCode: moved.governmentCode, projectYear: moved.projectYear }] : []),
      ].sort((a, b) => a.projectYear - b.projectYear || a.governmentCode.localeCompare(b.governmentCode));
      for (const { governmentCode, projectYear } of checked) await this.statusCheck.lock(governmentCode, projectYear);
      // The previous revision's indicators too: an indicator it dropped is planned no more.
      if (moved) await this.figures.targetsChanged(moved.governmentCode, moved.projectYear, moved.indicatorCodes);
      const previous = moved || !held ? [] : held.indicatorCodes;
      await this.figures.targetsChanged(committed.governmentCode, committed.projectYear, indicatorsTouched(previous, indicatorCodes));
      for (const { governmentCode, projectYear } of checked) await this.statusCheck.targetsChanged(governmentCode, projectYear, now);
      return 'recorded';
    });
  }
}
