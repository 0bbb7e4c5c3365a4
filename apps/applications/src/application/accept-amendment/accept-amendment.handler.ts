import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '#auth';
import { applicationDecidedV1 } from '#contracts';
import { Conflict, NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { amendDecision } from '../../domain/amendment.js';
import { decisionInForce, type ApplicationDecision } from '../../domain/application-decision.js';
import { AmendmentRepository } from '../../infrastructure/amendment.repository.js';
import { ApplicationDecisionRepository } from '../../infrastructure/application-decision.repository.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { applicationDecided } from '../record-decision/decision-events.js';
import type { AcceptAmendmentCommand } from './accept-amendment.command.js';

export interface AcceptedAmendment {
  amendmentId: string;
  status: 'accepted';
  decisionId: string;
  revision: number;
  totalCents: number;
}

/**
 * ABB accepts an amendment: the decision's next revision (amounts at the decision's own rates) is announced as
 * application-decided with the amendment's id; the targets change once budgeting commits the difference.
 */
@Injectable()
export class AcceptAmendmentHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly applications: ApplicationRepository,
    private readonly decisions: ApplicationDecisionRepository,
    private readonly amendments: AmendmentRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  execute({ amendmentId, acceptedBy }: AcceptAmendmentCommand): Promise<AcceptedAmendment> {
    return this.unitOfWork.run(async () => {
      const found = await this.amendments.find(amendmentId);
      if (!found) throw new NotFound(`amendment ${amendmentId} does not exist`);
      await this.applications.lock(found.applicationId);
      // Read again under the lock: a review that finished meanwhile is seen.
      const amendment = (await this.amendments.find(amendmentId))!;
      if (amendment.status !== 'requested')
        throw new Conflict(`amendment ${amendmentId} was reviewed already (status ${amendment.status})`);
      const application = await this.applications.find(amendment.applicationId);
      if (!application) throw new NotFound(`application ${amendment.applicationId} does not exist`);
      const attempts = await this.decisions.listByApplication(application.id);
      const current = decisionInForce(attempts);
      if (application.status !== 'decided' || current?.status !== 'committed')
        throw new Conflict(`application ${application.id} has no committed decision to amend (status ${application.status})`);
      if (attempts.some((attempt) => attempt.status === 'pending'))
        throw new Conflict(`application ${application.id} has a decision revision awaiting budgeting`);
      const now = this.clock.now();
      const decision: ApplicationDecision = {
        id: randomUUID(),
        applicationId: application.id,
        revision: current.revision + 1,
        amendmentId: amendment.id,
        status: 'pending',
        ...amendDecision(current, amendment),
        refusalReason: null,
        decidedAt: now,
        decidedBy: acceptedBy,
        settledAt: null,
      };
      await this.decisions.insert(decision);
      const accepted = { ...amendment, status: 'accepted' as const, reviewedBy: acceptedBy, reviewedAt: now, decisionId: decision.id };
      await this.amendments.save(accepted);
      await this.audit.record({
        action: 'accept-amendment',
        objectType: 'amendment',
        objectId: amendment.id,
        before: { status: amendment.status },
        after: { status: accepted.status, decision },
      });
      await this.outbox.append(applicationDecidedV1, {
        key: application.governmentCode,
        payload: applicationDecided(application, decision),
      });
      return {
        amendmentId: amendment.id,
        status: 'accepted',
        decisionId: decision.id,
        revision: decision.revision,
        totalCents: decision.totalCents,
      };
    });
  }
}
