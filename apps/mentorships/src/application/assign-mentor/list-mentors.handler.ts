import { Injectable } from '@nestjs/common';
import { NetworkMentorRepository } from '../../infrastructure/network-mentor.repository.js';
import type { MentorAssignmentView } from './assign-mentor.handler.js';

/** The mentor users of a network, or the networks of a mentor user. */
@Injectable()
export class ListMentorsHandler {
  constructor(private readonly mentors: NetworkMentorRepository) {}

  async execute(query: { networkId: string } | { subject: string }): Promise<MentorAssignmentView[]> {
    const rows = 'networkId' in query ? await this.mentors.ofNetwork(query.networkId) : await this.mentors.ofSubject(query.subject);
    return rows.map((row) => ({
      networkId: row.networkId,
      subject: row.subject,
      name: row.name,
      assignedAt: row.assignedAt.toISOString(),
    }));
  }
}
