import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '#auth';
import { cofinancingDeclaredV1, cofinancingShortfallFlaggedV1 } from '#contracts';
import { Conflict, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { assessCofinancing, declarationProblems, type CofinancingAssessment } from '../../domain/cofinancing.js';
import { CofinancingRepository } from '../../infrastructure/cofinancing.repository.js';
import { requireProjectYear } from '../budget-of-year.js';
import type { DeclareCofinancingCommand } from './declare-cofinancing.command.js';

export interface DeclaredCofinancing extends CofinancingAssessment {
  declarationId: string;
  governmentCode: string;
  projectYear: number;
  source: string;
  declaredAt: string;
}

/**
 * A government declares its co-financing of a project year (a later declaration replaces the earlier one). It is
 * measured against the obligation, the subsidy for actions committed to it that year; a declaration below it is a
 * shortfall, flagged for ABB (cofinancing-shortfall-flagged). Declared, audited and announced in one unit of work.
 */
@Injectable()
export class DeclareCofinancingHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly cofinancing: CofinancingRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: DeclareCofinancingCommand): Promise<DeclaredCofinancing> {
    requireProjectYear(command.projectYear);
    const problems = declarationProblems(command.declaredCents, command.source);
    if (problems.length > 0) throw RuleViolation.of(problems);
    return this.unitOfWork.run(async () => {
      const { governmentCode, projectYear } = command;
      await this.cofinancing.lock(governmentCode, projectYear);
      const [obligation] = await this.cofinancing.obligations(projectYear, governmentCode);
      if (!obligation)
        throw new Conflict(
          `projectYear: no subsidy is committed to ${governmentCode} in project year ${projectYear}; nothing to co-finance`,
        );
      const previous = await this.cofinancing.latest(governmentCode, projectYear);
      const assessment = assessCofinancing(obligation.obligationCents, command.declaredCents);
      const now = this.clock.now();
      const declaration = {
        id: randomUUID(),
        governmentCode,
        projectYear,
        declaredCents: command.declaredCents,
        source: command.source.trim(),
        obligationCents: assessment.obligationCents,
        shortfallCents: assessment.shortfallCents,
        declaredBy: command.declaredBy,
        declaredAt: now,
      };
      await this.cofinancing.save(declaration);
      await this.audit.record({
        action: 'declare-cofinancing',
        objectType: 'cofinancing',
        objectId: `${governmentCode}:${projectYear}`,
        before: previous ? { declaredCents: previous.declaredCents, source: previous.source } : null,
        after: { declaredCents: declaration.declaredCents, source: declaration.source },
      });
      await this.outbox.append(cofinancingDeclaredV1, {
        key: governmentCode,
        payload: {
          declarationId: declaration.id,
          governmentCode,
          projectYear,
          declaredCents: declaration.declaredCents,
          source: declaration.source,
          obligationCents: assessment.obligationCents,
          shortfallCents: assessment.shortfallCents,
          declaredAt: now.toISOString(),
        },
      });
      if (assessment.status === 'shortfall')
        await this.outbox.append(cofinancingShortfallFlaggedV1, {
          key: governmentCode,
          payload: {
            declarationId: declaration.id,
            governmentCode,
            projectYear,
            obligationCents: assessment.obligationCents,
            declaredCents: declaration.declaredCents,
            shortfallCents: assessment.shortfallCents,
            flaggedAt: now.toISOString(),
          },
        });
      return {
        ...assessment,
        declarationId: declaration.id,
        governmentCode,
        projectYear,
        source: declaration.source,
        declaredAt: now.toISOString(),
      };
    });
  }
}
