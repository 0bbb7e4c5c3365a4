import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { AmendmentRepository } from '../../infrastructure/amendment.repository.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { amendmentView, type AmendmentView } from '../request-amendment/amendment-view.js';
import type { RejectAmendmentCommand } from './reject-amendment.command.js';

/** ABB rejects an amendment, saying why: the decision stays as it is, nothing is published besides the audit entry. */
@Injectable()
export class RejectAmendmentHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly applications: ApplicationRepository,
    private readonly amendments: AmendmentRepository,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute({ amendmentId, comment, rejectedBy }: RejectAmendmentCommand): Promise<AmendmentView> {
    if (comment.trim() === '') throw RuleViolation.of([{ field: 'comment', problem: 'a rejection says why' }]);
    return this.unitOfWork.run(async () => {
      const found = await this.amendments.find(amendmentId);
      if (!found) throw new NotFound(`amendment ${amendmentId} does not exist`);
      await this.applications.lock(found.applicationId);
      const amendment = (await this.amendments.find(amendmentId))!;
      if (amendment.status !== 'requested')
        throw new Conflict(`amendment ${amendmentId} was reviewed already (status ${amendment.status})`);
      const rejected = {
        ...amendment,
        status: 'rejected' as const,
        reviewedBy: rejectedBy,
        reviewedAt: this.clock.now(),
        comment: comment.trim(),
      };
      await this.amendments.save(rejected);
      await this.audit.record({
        action: 'reject-amendment',
        objectType: 'amendment',
        objectId: amendment.id,
        before: { status: amendment.status },
        after: { status: rejected.status, comment: rejected.comment },
      });
      return amendmentView(rejected);
    });
  }
}
