import { defineService } from '#platform';
import { MemberProgressEntity } from './infrastructure/member-progress.entity.js';
import { CreateMentorshipsTables1763800004000 } from './infrastructure/migrations/1763800004000-create-mentorships-tables.js';
import { MentorshipsModule } from './mentorships.module.js';

export const mentorshipsManifest = defineService({
  name: 'mentorships',
  defaultPort: 3004,
  title: 'Mentorships and learning networks',
  module: () => MentorshipsModule,
  entities: [MemberProgressEntity],
  migrations: [CreateMentorshipsTables1763800004000],
  // Reads report-submitted; status changes will matter once mentors follow lagging members (the mentorships issue).
  consumerGroup: 'mentorships',
});
