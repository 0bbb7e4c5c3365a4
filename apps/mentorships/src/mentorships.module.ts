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

@Module({
  controllers: [ProgressController, NetworksController, MentorshipsConsumer, ProgrammeClockConsumer],
  providers: [
    RecordProgressHandler,
    ListProgressHandler,
    MemberProgressRepository,
    OpenLearningNetworksHandler,
    ListNetworksHandler,
    LearningNetworkRepository,
  ],
})
export class MentorshipsModule {}
