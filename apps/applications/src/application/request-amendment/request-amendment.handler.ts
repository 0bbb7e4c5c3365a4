import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '#auth';
import { Conflict, NotFound } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { assertAmendment, type Amendment } from '../../domain/amendment.js';
import { decisionInForce } from '../../domain/application-decision.js';
import { isVisibleTo } from '../../domain/application-visibility.js';
import { CatalogueLookup } from '../../domain/catalogue-lookup.js';
import { AmendmentRepository } from '../../infrastructure/amendment.repository.js';
import { ApplicationDecisionRepository } from '../../infrastructure/application-decision.repository.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { amendmentView, type AmendmentView } from './amendment-view.js';
import type { RequestAmendmentCommand } from './request-amendment.command.js';

/**
 * A government asks to change the approved reach of lines of its decided application, with a reason. One open
 * amendment per application at a time; nothing is published until ABB accepts it.
 */
@Injectable()
export class RequestAmendmentHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly applications: ApplicationRepository,
    private readonly decisions: ApplicationDecisionRepository,
    private readonly amendments: AmendmentRepository,
    private readonly catalogue: CatalogueLookup,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  execute(command: RequestAmendmentCommand): Promise<AmendmentView> {
    return this.unitOfWork.run(async () => {
      await this.applications.lock(command.applicationId);
      const application = await this.applications.find(command.applicationId);
      if (!application || !isVisibleTo(application, command.governmentCodes))
        throw new NotFound(`application ${command.applicationId} does not exist`);
      if (application.status !== 'decided')
        throw new Conflict(`application ${application.id} is not decided (status ${application.status}): only a decision is amended`);
      const open = await this.amendments.findOpen(application.id);
      if (open) throw new Conflict(`application ${application.id} has an open amendment already (${open.id}, ${open.status})`);
      const current = decisionInForce(await this.decisions.listByApplication(application.id));
      if (current?.status !== 'committed') throw new Conflict(`application ${application.id} has no committed decision to amend`);
      const prices = await this.catalogue.subsidisedIndicators(application.catalogueVersion, application.projectYear);
      assertAmendment(current, command.lines, command.reason, (code) => prices.get(code));
      const amendment: Amendment = {
        id: randomUUID(),
        applicationId: application.id,
        lines: command.lines.map(({ indicatorCode, approvedAdditionalReach }) => ({ indicatorCode, approvedAdditionalReach })),
        reason: command.reason.trim(),
        status: 'requested',
        requestedBy: command.requestedBy,
        requestedAt: this.clock.now(),
        reviewedBy: null,
        reviewedAt: null,
        comment: null,
        decisionId: null,
      };
      await this.amendments.insert(amendment);
      await this.audit.record({
        action: 'request-amendment',
        objectType: 'amendment',
        objectId: amendment.id,
        before: null,
        after: amendment,
      });
      return amendmentView(amendment);
    });
  }
}
