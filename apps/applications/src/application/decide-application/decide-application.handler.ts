import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { catalogueVersion, findProjectYear, findSubsidisedIndicator } from '#catalogue';
import { targetsCommittedV2 } from '#contracts';
import { AuditTrail } from '#auth';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { commitTargets, decisionAmount, type CommittedTarget } from '../../domain/decision.js';
import { DecisionRepository } from '../../infrastructure/decision.repository.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import type { DecideApplicationCommand } from './decide-application.command.js';

export interface DecisionResult {
  decisionId: string;
  governmentCode: string;
  projectYear: number;
  /** The catalogue the lines were priced under. */
  catalogueVersion: string;
  amountEur: number;
  targets: CommittedTarget[];
}

/**
 * Records ABB's decision on an application. The decision fixes the targets and prices each line under
 * the current catalogue; budgeting, reporting and mentorships learn both from the targets-committed
 * event written in the same transaction, and never price the lines again themselves.
 */
@Injectable()
export class DecideApplicationHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly governments: LocalGovernmentRepository,
    private readonly decisions: DecisionRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: DecideApplicationCommand): Promise<DecisionResult> {
    if (!findProjectYear(command.projectYear))
      throw new RuleViolation(`projectYear: ${command.projectYear} is not a project year of Plan Samenleven`);
    const targets = commitTargets(command.targets, (code) => findSubsidisedIndicator(code, command.projectYear));
    return this.unitOfWork.run(async () => {
      if (!(await this.governments.exists(command.governmentCode)))
        throw new NotFound(`governmentCode: local government ${command.governmentCode} is not registered`);
      await this.decisions.lockDecisions(command.governmentCode, command.projectYear);
      if (await this.decisions.exists(command.governmentCode, command.projectYear))
        throw new Conflict(`local government ${command.governmentCode} already has a decision for project year ${command.projectYear}`);
      const decision = {
        id: randomUUID(),
        governmentCode: command.governmentCode,
        projectYear: command.projectYear,
        catalogueVersion,
        targets,
      };
      await this.decisions.insert(decision);
      await this.audit.record({
        action: 'decide-application',
        objectType: 'decision',
        objectId: decision.id,
        before: null,
        after: decision,
      });
      const amountEur = decisionAmount(targets);
      await this.outbox.append(targetsCommittedV2, {
        key: command.governmentCode,
        payload: {
          applicationId: decision.id,
          governmentCode: command.governmentCode,
          projectYear: command.projectYear,
          catalogueVersion,
          amountEur,
          targets,
        },
      });
      return {
        decisionId: decision.id,
        governmentCode: command.governmentCode,
        projectYear: command.projectYear,
        catalogueVersion,
        amountEur,
        targets,
      };
    });
  }
}
