import { defineService } from '#platform';
import { MentorshipsModule, MENTORSHIPS_ENTITIES, MENTORSHIPS_MIGRATIONS } from './mentorships.module.js';

export const mentorshipsManifest = defineService({
  name: 'mentorships',
  defaultPort: 3004,
  title: 'Mentorships and learning networks',
  module: (config) => MentorshipsModule.forRoot(config),
  entities: MENTORSHIPS_ENTITIES,
  migrations: MENTORSHIPS_MIGRATIONS,
  // Reads report-submitted; status changes will matter once mentors follow lagging members (the mentorships issue).
  consumerGroup: 'mentorships',
});
