import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { AmendmentRepository } from '../../infrastructure/amendment.repository.js';
import { ApplicationDecisionRepository } from '../../infrastructure/application-decision.repository.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { answeredDecision } from '../apply-commitment/budget-reply.js';
import type { ApplyCommitmentRefusalCommand } from './apply-commitment-refusal.command.js';

/**
 * Budgeting refused a decision revision (the year's budget does not cover it): a decision leaves the application
 * `refused-by-budget` with the reason, so ABB can decide again, lower; a refused amendment leaves the decision in
 * force as it was. The same answer again changes nothing.
 */
@Injectable()
export class ApplyCommitmentRefusalHandler {
  private readonly logger = new Logger(ApplyCommitmentRefusalHandler.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly applications: ApplicationRepository,
    private readonly decisions: ApplicationDecisionRepository,
    private readonly amendments: AmendmentRepository,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  execute({ refusal }: ApplyCommitmentRefusalCommand): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      await this.applications.lock(refusal.applicationId);
      const answered = answeredDecision(await this.decisions.find(refusal.decisionId), refusal, 'refused');
      if (answered === 'already-applied') {
        this.logger.log(`decision ${refusal.decisionId} is refused already; this delivery changes nothing`);
        return false;
      }
      const application = await this.applications.find(refusal.applicationId);
      if (!application) throw new NotFound(`applicationId: application ${refusal.applicationId} does not exist`);
      const now = this.clock.now();
      const decision = { ...answered, status: 'refused' as const, refusalReason: refusal.reason, settledAt: now };
      await this.decisions.save(decision);
      if (decision.amendmentId === null) {
        await this.applications.save({ ...application, status: 'refused-by-budget', updatedAt: now });
      } else {
        const amendment = await this.amendments.find(decision.amendmentId);
        if (!amendment) throw new NotFound(`amendment ${decision.amendmentId} of decision ${decision.id} does not exist`);
        await this.amendments.save({ ...amendment, status: 'refused-by-budget' });
      }
      await this.audit.record({
        action: 'refuse-decision',
        objectType: 'application',
        objectId: application.id,
        before: { decisionId: decision.id, revision: decision.revision, status: answered.status },
        after: { decisionId: decision.id, revision: decision.revision, status: decision.status, reason: refusal.reason },
      });
      return true;
    });
  }
}
