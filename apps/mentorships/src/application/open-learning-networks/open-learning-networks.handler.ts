import { Injectable } from '@nestjs/common';
import type { TargetsCommittedV3 } from '#contracts';
import { AuditTrail } from '#auth';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { networksOpenedBy } from '../../domain/learning-network.js';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';

/**
 * Each mentorship a decision granted opens a learning network run by the application's government on that
 * action in that project year. Once: a redelivered event or a later revision (an amendment) opens nothing new
 * for a network that is already open. Minimal until the learning-networks issue (members, sessions).
 */
@Injectable()
export class OpenLearningNetworksHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly networks: LearningNetworkRepository,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  /** Returns the ids of the networks it opened. */
  async execute(committed: TargetsCommittedV3): Promise<string[]> {
    const wanted = networksOpenedBy(
      committed.mentorships.map((mentorship) => ({
        mentorCode: committed.governmentCode,
        actionNumber: mentorship.actionNumber,
        projectYear: committed.projectYear,
        amountCents: mentorship.amountCents,
      })),
      committed.applicationId,
      this.clock.now(),
    );
    if (wanted.length === 0) return [];
    return this.unitOfWork.run(async () => {
      const opened = await this.networks.openMissing(wanted);
      for (const network of opened)
        await this.audit.record({
          action: 'open-learning-network',
          objectType: 'learning-network',
          objectId: network.id,
          before: null,
          after: network,
        });
      return opened.map((network) => network.id);
    });
  }
}
