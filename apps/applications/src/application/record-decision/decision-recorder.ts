import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '#auth';
import { applicationDecidedV1 } from '#contracts';
import { Conflict, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { ProgrammeClock } from '#platform';
import type { Application } from '../../domain/application.js';
import type { ApplicationDecision } from '../../domain/application-decision.js';
import { CatalogueLookup } from '../../domain/catalogue-lookup.js';
import { reviewApplication, type DecisionReview } from '../../domain/decision-review.js';
import { ApplicationDecisionRepository } from '../../infrastructure/application-decision.repository.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { CallRepository } from '../../infrastructure/call.repository.js';
import { applicationDecided, STIMULUS_AMOUNTS } from './decision-events.js';

/** What a decision answers: budgeting still has to commit it. */
export interface RecordedDecision {
  applicationId: string;
  decisionId: string;
  status: 'decision-pending';
  revision: number;
  totalCents: number;
}

/** A decision checked and priced, not yet written: preparing it writes nothing, so a refusal leaves no trace. */
export interface PreparedDecision {
  application: Application;
  decision: ApplicationDecision;
}

const BELGIAN_IBAN = /^BE[0-9]{14}$/;

/**
 * Decides one application, for a single decision and for "decide as proposed" alike. The caller holds the
 * application's lock and the unit of work: the decision, the application's new status, the audit entry and
 * application-decided (revision 1) are written together.
 */
@Injectable()
export class DecisionRecorder {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly calls: CallRepository,
    private readonly decisions: ApplicationDecisionRepository,
    private readonly catalogue: CatalogueLookup,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  /**
   * Only a submitted application of a closed call is decided, once: a second decision is a Conflict, except
   * after budgeting refused the first one (ABB then decides again, lower, as a new decision of revision 1).
   */
  async prepare(application: Application, review: DecisionReview, decidedBy: string): Promise<PreparedDecision> {
    if (application.status !== 'submitted' && application.status !== 'refused-by-budget')
      throw new Conflict(
        application.status === 'draft'
          ? `application ${application.id} is a draft: only a submitted application is decided`
          : `application ${application.id} is already decided (status ${application.status})`,
      );
    const call = await this.calls.find(application.callId);
    if (call?.status !== 'closed')
      throw new Conflict(
        `application ${application.id}: its call ${application.callId} is still open; applications are decided once it closed`,
      );
    if (application.iban === null || !BELGIAN_IBAN.test(application.iban))
      throw new RuleViolation(`iban: application ${application.id} has no valid Belgian IBAN to pay to`);
    const prices = await this.catalogue.subsidisedIndicators(application.catalogueVersion, application.projectYear);
    const priced = reviewApplication(application, review, (code) => prices.get(code), STIMULUS_AMOUNTS);
    return {
      application,
      decision: {
        id: randomUUID(),
        applicationId: application.id,
        revision: 1,
        amendmentId: null,
        status: 'pending',
        ...priced,
        refusalReason: null,
        decidedAt: this.clock.now(),
        decidedBy,
        settledAt: null,
      },
    };
  }

  async write({ application, decision }: PreparedDecision): Promise<RecordedDecision> {
    await this.decisions.insert(decision);
    await this.applications.save({ ...application, status: 'decision-pending', updatedAt: decision.decidedAt });
    await this.audit.record({
      action: 'decide-application',
      objectType: 'application',
      objectId: application.id,
      before: { status: application.status },
      after: { status: 'decision-pending', decision },
    });
    await this.outbox.append(applicationDecidedV1, {
      key: application.governmentCode,
      payload: applicationDecided(application, decision),
    });
    return {
      applicationId: application.id,
      decisionId: decision.id,
      status: 'decision-pending',
      revision: decision.revision,
      totalCents: decision.totalCents,
    };
  }
}
