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

@Module({
  controllers: [ProgressController, NetworksController, MembersController, MentorshipsConsumer, ProgrammeClockConsumer],
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
  ],
})
export class MentorshipsModule {}
