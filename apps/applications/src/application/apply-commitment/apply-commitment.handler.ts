import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { targetsCommittedV3 } from '#contracts';
import { NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { AmendmentRepository } from '../../infrastructure/amendment.repository.js';
import { ApplicationDecisionRepository } from '../../infrastructure/application-decision.repository.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { targetsCommitted } from '../record-decision/decision-events.js';
import type { ApplyCommitmentCommand } from './apply-commitment.command.js';
import { answeredDecision } from './budget-reply.js';

/**
 * Budgeting committed a decision revision: the application is decided (or its amendment committed) and its
 * targets are published (targets-committed v3), for reporting and mentorships. The same answer again changes nothing.
 */
@Injectable()
export class ApplyCommitmentHandler {
  private readonly logger = new Logger(ApplyCommitmentHandler.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly applications: ApplicationRepository,
    private readonly decisions: ApplicationDecisionRepository,
    private readonly amendments: AmendmentRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  execute({ commitment }: ApplyCommitmentCommand): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      await this.applications.lock(commitment.applicationId);
      const answered = answeredDecision(await this.decisions.find(commitment.decisionId), commitment, 'committed');
      if (answered === 'already-applied') {
        this.logger.log(`decision ${commitment.decisionId} is committed already; this delivery changes nothing`);
        return false;
      }
      const application = await this.applications.find(commitment.applicationId);
      if (!application) throw new NotFound(`applicationId: application ${commitment.applicationId} does not exist`);
      const now = this.clock.now();
      const decision = { ...answered, status: 'committed' as const, settledAt: now };
      await this.decisions.save(decision);
      let amendmentReason: string | null = null;
      if (decision.amendmentId === null) {
        await this.applications.save({ ...application, status: 'decided', updatedAt: now });
      } else {
        const amendment = await this.amendments.find(decision.amendmentId);
        if (!amendment) throw new NotFound(`amendment ${decision.amendmentId} of decision ${decision.id} does not exist`);
        await this.amendments.save({ ...amendment, status: 'committed' });
        amendmentReason = amendment.reason;
      }
      await this.audit.record({
        action: 'commit-decision',
        objectType: 'application',
        objectId: application.id,
        before: { decisionId: decision.id, revision: decision.revision, status: answered.status },
        after: { decisionId: decision.id, revision: decision.revision, status: decision.status, committedCents: commitment.committedCents },
      });
      const targets = targetsCommitted(application, decision, amendmentReason);
      if (targets) await this.outbox.append(targetsCommittedV3, { key: application.governmentCode, payload: targets });
      else this.logger.log(`decision ${decision.id} approves no reach: no targets to commit for application ${application.id}`);
      return true;
    });
  }
}
