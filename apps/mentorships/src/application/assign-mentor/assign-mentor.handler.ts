import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { NotFound, RuleViolation } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';
import { NetworkMentorRepository } from '../../infrastructure/network-mentor.repository.js';

export interface MentorAssignmentView {
  networkId: string;
  subject: string;
  name: string | null;
  assignedAt: string;
}

export interface AssignMentorCommand {
  networkId: string;
  subject: string;
  name?: string | null;
  /** false: end the assignment. */
  assigned: boolean;
}

/** Subjects as the IdP names users: no separators to inject, as libs/auth accepts scopes. */
const SUBJECT = /^[A-Za-z0-9._@:-]{1,200}$/;

/**
 * ABB assigns a mentor user to a network, or ends the assignment. The record is what ABB hands the IdP: a mentor's
 * token lists its networks as `SamenlevenMentor:<network id>` roles (libs/auth), which the access checks read.
 * Assigning twice keeps the first assignment; ending one that does not exist is 404.
 */
@Injectable()
export class AssignMentorHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly networks: LearningNetworkRepository,
    private readonly mentors: NetworkMentorRepository,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute({ networkId, subject, name = null, assigned }: AssignMentorCommand): Promise<MentorAssignmentView | null> {
    if (!SUBJECT.test(subject)) throw new RuleViolation(`subject: ${subject} is not a user subject (letters, digits and . _ @ : -)`);
    return this.unitOfWork.run(async () => {
      if ((await this.networks.find(networkId)) === null) throw new NotFound(`networkId: ${networkId} is not a learning network`);
      const existing = await this.mentors.find(networkId, subject);
      if (!assigned) {
        if (existing === null) throw new NotFound(`subject: ${subject} is not assigned to ${networkId}`);
        await this.mentors.remove(networkId, subject);
        await this.audit.record({
          action: 'unassign-mentor',
          objectType: 'network-mentor',
          objectId: `${networkId}/${subject}`,
          before: existing,
          after: null,
        });
        return null;
      }
      const assignment = existing ?? { networkId, subject, name, assignedAt: this.clock.now() };
      if (existing === null) {
        await this.mentors.save(assignment);
        await this.audit.record({
          action: 'assign-mentor',
          objectType: 'network-mentor',
          objectId: `${networkId}/${subject}`,
          before: null,
          after: assignment,
        });
      }
      return { networkId, subject, name: assignment.name, assignedAt: assignment.assignedAt.toISOString() };
    });
  }
}
