import { Module } from '@nestjs/common';
import { ProgrammeClockConsumer } from '#platform';
import { ListNetworksHandler } from './application/list-networks/list-networks.handler.js';
import { OpenLearningNetworksHandler } from './application/open-learning-networks/open-learning-networks.handler.js';
import { ListProgressHandler } from './application/list-progress/list-progress.handler.js';
import { RecordProgressHandler } from './application/record-progress/record-progress.handler.js';
import { LearningNetworkRepository } from './infrastructure/learning-network.repository.js';
import { MemberProgressRepository } from './infrastructure/member-progress.repository.js';
import { NetworksController } from './interface/http/networks.controller.js';
import { ProgressController } from './interface/http/progress.controller.js';
import { MentorshipsConsumer } from './interface/kafka/mentorships.consumer.js';
import { ChangeMembershipHandler } from './application/change-membership/change-membership.handler.js';
import { ListMembersHandler } from './application/list-members/list-members.handler.js';
import { ListSuggestionsHandler } from './application/list-suggestions/list-suggestions.handler.js';
import { NetworkAccessHandler } from './application/network-access/network-access.handler.js';
import { RecordCommittedTargetsHandler } from './application/record-committed-targets/record-committed-targets.handler.js';
import { RecordIndicatorStatusHandler } from './application/record-indicator-status/record-indicator-status.handler.js';
import { MemberStandingRepository } from './infrastructure/member-standing.repository.js';
import { NetworkMemberRepository } from './infrastructure/network-member.repository.js';
import { MembersController } from './interface/http/members.controller.js';
import { NetworkAccessGuard } from './interface/http/network-access.js';
import { ChangeSessionHandler } from './application/change-session/change-session.handler.js';
import { CheckMinimumSessionsHandler } from './application/check-minimum-sessions/check-minimum-sessions.handler.js';
import { loadMentorshipsSettings, MentorshipsSettings } from './application/check-minimum-sessions/mentorships-settings.js';
import { ListSessionsHandler } from './application/list-sessions/list-sessions.handler.js';
import { PlanSessionHandler } from './application/plan-session/plan-session.handler.js';
import { RecordAttendanceHandler } from './application/record-attendance/record-attendance.handler.js';
import { RegisterForSessionHandler } from './application/register-for-session/register-for-session.handler.js';
import { WithdrawRegistrationHandler } from './application/withdraw-registration/withdraw-registration.handler.js';
import { LearningSessionRepository } from './infrastructure/learning-session.repository.js';
import { SessionsController } from './interface/http/sessions.controller.js';
import { NetworkPageController } from './interface/http/network-page.controller.js';
import { MentorsController } from './interface/http/mentors.controller.js';
import { AssignMentorHandler } from './application/assign-mentor/assign-mentor.handler.js';
import { ListMentorsHandler } from './application/assign-mentor/list-mentors.handler.js';
import { NetworkMentorRepository } from './infrastructure/network-mentor.repository.js';
import { GetNetworkPageHandler } from './application/get-network-page/get-network-page.handler.js';
import { ChangeSharingHandler } from './application/change-sharing/change-sharing.handler.js';
import { MinimumSessionsPoller } from './interface/schedule/minimum-sessions.poller.js';

@Module({
  controllers: [
    ProgressController,
    NetworksController,
    MembersController,
    SessionsController,
    NetworkPageController,
    MentorsController,
    MentorshipsConsumer,
    ProgrammeClockConsumer,
  ],
  providers: [
    RecordProgressHandler,
    ListProgressHandler,
    MemberProgressRepository,
    OpenLearningNetworksHandler,
    ListNetworksHandler,
    LearningNetworkRepository,
    NetworkMemberRepository,
    MemberStandingRepository,
    ChangeMembershipHandler,
    ListMembersHandler,
    ListSuggestionsHandler,
    NetworkAccessHandler,
    NetworkAccessGuard,
    RecordCommittedTargetsHandler,
    RecordIndicatorStatusHandler,
    LearningSessionRepository,
    PlanSessionHandler,
    ChangeSessionHandler,
    ListSessionsHandler,
    RegisterForSessionHandler,
    WithdrawRegistrationHandler,
    RecordAttendanceHandler,
    CheckMinimumSessionsHandler,
    GetNetworkPageHandler,
    AssignMentorHandler,
    ListMentorsHandler,
    NetworkMentorRepository,
    ChangeSharingHandler,
    // Mentorships' own variables (README); the platform's configuration does not know them.
    { provide: MentorshipsSettings, useFactory: () => loadMentorshipsSettings(process.env) },
    {
      provide: MinimumSessionsPoller,
      useFactory: (check: CheckMinimumSessionsHandler, settings: MentorshipsSettings) =>
        new MinimumSessionsPoller(check, settings.sessionsCheckIntervalMs),
      inject: [CheckMinimumSessionsHandler, MentorshipsSettings],
    },
  ],
})
export class MentorshipsModule {}
