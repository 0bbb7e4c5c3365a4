import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { findProjectYear, findSubsidisedIndicator } from '#catalogue';
import { targetsCommittedV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { OutboxWriter } from '#messaging';
import { commitTargets, DecisionRuleViolation, type CommittedTarget } from '../../domain/decision.js';
import { DecisionEntity } from '../../infrastructure/decision.entity.js';
import { LocalGovernmentEntity } from '../../infrastructure/local-government.entity.js';
import type { DecideApplicationCommand } from './decide-application.command.js';

export interface DecisionResult {
  decisionId: string;
  governmentCode: string;
  projectYear: number;
  targets: CommittedTarget[];
}

/**
 * Records ABB's decision on an application. The decision fixes the targets; budgeting, reporting
 * and mentorships learn about it from the targets-committed event written in the same transaction.
 */
@Injectable()
export class DecideApplicationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: DecideApplicationCommand): Promise<DecisionResult> {
    if (!findProjectYear(command.projectYear)) throw new BadRequestException(`projectYear: ${command.projectYear} is not a project year of Plan Samenleven`);
    const targets = this.commit(command);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(LocalGovernmentEntity).existsBy({ code: command.governmentCode })))
        throw new NotFoundException(`governmentCode: local government ${command.governmentCode} is not registered`);
      // Decisions on one government and year one at a time, so a second one sees the first and gets a clear 409.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`decide-application:${command.governmentCode}:${command.projectYear}`]);
      const decisions = manager.getRepository(DecisionEntity);
      if (await decisions.existsBy({ governmentCode: command.governmentCode, projectYear: command.projectYear }))
        throw new ConflictException(`local government ${command.governmentCode} already has a decision for project year ${command.projectYear}`);
      const decision = { id: randomUUID(), governmentCode: command.governmentCode, projectYear: command.projectYear, targets };
      await decisions.insert(decision);
      await this.audit.record(manager, { action: 'decide-application', objectType: 'decision', objectId: decision.id, before: null, after: decision });
      await this.outbox.append(manager, targetsCommittedV1, {
        key: command.governmentCode,
        payload: { applicationId: decision.id, governmentCode: command.governmentCode, projectYear: command.projectYear, targets },
      });
      return { decisionId: decision.id, ...command, targets };
    });
  }

  private commit(command: DecideApplicationCommand): CommittedTarget[] {
    try {
      return commitTargets(command.targets, (code) => findSubsidisedIndicator(code, command.projectYear));
    } catch (error) {
      if (error instanceof DecisionRuleViolation) throw new BadRequestException(error.message);
      throw error;
    }
  }
}
