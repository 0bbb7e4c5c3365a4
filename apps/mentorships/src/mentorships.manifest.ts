import { defineService } from '#platform';
import { LearningNetworkEntity } from './infrastructure/learning-network.entity.js';
import { MemberProgressEntity } from './infrastructure/member-progress.entity.js';
import { CreateMentorshipsTables1763800004000 } from './infrastructure/migrations/1763800004000-create-mentorships-tables.js';
import { CreateLearningNetworks1763800004100 } from './infrastructure/migrations/1763800004100-create-learning-networks.js';
import { RecordNetworkMembers1763800004200 } from './infrastructure/migrations/1763800004200-record-network-members.js';
import { KeepCommittedTargets1763800004201 } from './infrastructure/migrations/1763800004201-keep-committed-targets.js';
import { KeepIndicatorStatuses1763800004202 } from './infrastructure/migrations/1763800004202-keep-indicator-statuses.js';
import { CountMemberChangesAndSharing1763800004203 } from './infrastructure/migrations/1763800004203-count-member-changes-and-sharing.js';
import { NetworkMemberEntity } from './infrastructure/network-member.entity.js';
import { CommittedTargetEntity } from './infrastructure/committed-target.entity.js';
import { IndicatorStatusEntity } from './infrastructure/indicator-status.entity.js';
import { PlanLearningSessions1763800004204 } from './infrastructure/migrations/1763800004204-plan-learning-sessions.js';
import { RegisterForSessions1763800004205 } from './infrastructure/migrations/1763800004205-register-for-sessions.js';
import { CheckMinimumSessions1763800004206 } from './infrastructure/migrations/1763800004206-check-minimum-sessions.js';
import { LearningSessionEntity } from './infrastructure/learning-session.entity.js';
import { SessionRegistrationEntity } from './infrastructure/session-registration.entity.js';
import { AssignMentorUsers1763800004207 } from './infrastructure/migrations/1763800004207-assign-mentor-users.js';
import { NetworkMentorEntity } from './infrastructure/network-mentor.entity.js';
import { MentorshipsModule } from './mentorships.module.js';

export const mentorshipsManifest = defineService({
  name: 'mentorships',
  defaultPort: 3004,
  title: 'Mentorships and learning networks',
  module: () => MentorshipsModule,
  entities: [
    MemberProgressEntity,
    LearningNetworkEntity,
    NetworkMemberEntity,
    CommittedTargetEntity,
    IndicatorStatusEntity,
    LearningSessionEntity,
    SessionRegistrationEntity,
    NetworkMentorEntity,
  ],
  migrations: [
    CreateMentorshipsTables1763800004000,
    CreateLearningNetworks1763800004100,
    RecordNetworkMembers1763800004200,
    KeepCommittedTargets1763800004201,
    KeepIndicatorStatuses1763800004202,
    CountMemberChangesAndSharing1763800004203,
    PlanLearningSessions1763800004204,
    RegisterForSessions1763800004205,
    CheckMinimumSessions1763800004206,
    AssignMentorUsers1763800004207,
  ],
  // Reads report-submitted (progress), targets-committed (granted mentorships open networks; targets for suggestions)
  // and indicator-status-changed v2 (lagging members first, catch-up).
  consumerGroup: 'mentorships',
});
