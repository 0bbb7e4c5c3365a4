import { Injectable } from '@nestjs/common';
import { networkOpenedV1, type TargetsCommittedV3 } from '#contracts';
import { AuditTrail } from '#auth';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { mentorshipIdFor, networksOpenedBy } from '../../domain/learning-network.js';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';

/**
 * Each mentorship a decision granted opens a learning network run by the application's government on that
 * action in that project year. Once: a redelivered event or a later revision (an amendment) opens nothing new
 * for a network that is already open. Each network opened is announced (network-opened v1) in the same transaction,
 * so a network is announced exactly when it was opened.
 */
@Injectable()
export class OpenLearningNetworksHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly networks: LearningNetworkRepository,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
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
      for (const network of opened) {
        await this.audit.record({
          action: 'open-learning-network',
          objectType: 'learning-network',
          objectId: network.id,
          before: null,
          after: network,
        });
        await this.outbox.append(networkOpenedV1, {
          key: network.id,
          payload: {
            networkId: network.id,
            mentorshipId: mentorshipIdFor(committed.applicationId, network.actionNumber),
            applicationId: committed.applicationId,
            decisionId: committed.decisionId,
            mentorGovernmentCode: network.mentorCode,
            actionNumber: network.actionNumber,
            projectYear: network.projectYear,
            amountCents: network.amountCents,
            openedAt: network.openedAt.toISOString(),
          },
        });
      }
      return opened.map((network) => network.id);
    });
  }
}
