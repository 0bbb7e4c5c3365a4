import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { AtRiskFlagRepository } from '../../infrastructure/at-risk-flag.repository.js';
import { IndicatorStatusCheck, type StatusChange } from '../check-targets/indicator-status-check.js';
import { atRiskFlagView, type AtRiskFlagView } from '../get-statuses/get-statuses.handler.js';
import type { ClearAtRiskFlagCommand } from './clear-at-risk-flag.command.js';

export interface ClearedAtRiskFlag {
  flag: AtRiskFlagView;
  /** The statuses the check changed once the flag no longer counted (cause motivation-accepted). */
  changes: StatusChange[];
}

/**
 * ABB accepted the motivation of an indicator the interim review found below 25% of its target: the flag is cleared
 * (audited), continuation into project year 3 no longer waits on it, and the statuses of the year are checked again.
 */
@Injectable()
export class ClearAtRiskFlagHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly flags: AtRiskFlagRepository,
    private readonly statusCheck: IndicatorStatusCheck,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: ClearAtRiskFlagCommand): Promise<ClearedAtRiskFlag> {
    const problems = [
      ...(command.motivationAccepted
        ? []
        : [{ field: 'motivationAccepted', problem: 'only an accepted motivation clears the flag; a refused one leaves it open' }]),
      ...(command.reason.trim() === '' ? [{ field: 'reason', problem: 'says why the motivation is accepted' }] : []),
    ];
    if (problems.length > 0) throw RuleViolation.of(problems);
    const key = { governmentCode: command.governmentCode, projectYear: command.projectYear, indicatorCode: command.indicatorCode };
    return this.unitOfWork.run(async () => {
      await this.statusCheck.lock(command.governmentCode, command.projectYear);
      const flag = await this.flags.findForUpdate(key);
      if (!flag)
        throw new NotFound(
          `at-risk flag: ${command.governmentCode} has none for ${command.indicatorCode} in project year ${command.projectYear}`,
        );
      if (flag.clearedAt !== null)
        throw new Conflict(`at-risk flag: cleared on ${flag.clearedAt.toISOString()} by ${flag.clearedBy ?? 'unknown'} already`);
      const now = this.clock.now();
      const cleared = { ...flag, clearedAt: now, clearedBy: command.clearedBy, clearReason: command.reason.trim() };
      await this.flags.save(cleared);
      await this.audit.record({
        action: 'clear-at-risk-flag',
        objectType: 'at-risk-flag',
        objectId: `${key.governmentCode}/${key.projectYear}/${key.indicatorCode}`,
        before: flag,
        after: cleared,
      });
      const changes = await this.statusCheck.recheck({
        ...key,
        indicatorCodes: [key.indicatorCode],
        cause: 'motivation-accepted',
        checkedAt: now,
      });
      return { flag: atRiskFlagView(cleared), changes };
    });
  }
}
