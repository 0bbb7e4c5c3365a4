import { defineService } from '#platform';
import { LearningNetworkEntity } from './infrastructure/learning-network.entity.js';
import { MemberProgressEntity } from './infrastructure/member-progress.entity.js';
import { CreateMentorshipsTables1763800004000 } from './infrastructure/migrations/1763800004000-create-mentorships-tables.js';
import { CreateLearningNetworks1763800004100 } from './infrastructure/migrations/1763800004100-create-learning-networks.js';
import { MentorshipsModule } from './mentorships.module.js';

export const mentorshipsManifest = defineService({
  name: 'mentorships',
  defaultPort: 3004,
  title: 'Mentorships and learning networks',
  module: () => MentorshipsModule,
  entities: [MemberProgressEntity, LearningNetworkEntity],
  migrations: [CreateMentorshipsTables1763800004000, CreateLearningNetworks1763800004100],
  // Reads report-submitted and targets-committed (granted mentorships open networks); status changes will matter
  // once mentors follow lagging members (the mentorships issue).
  consumerGroup: 'mentorships',
});
