import { Module } from '@nestjs/common';
import { ListProgressHandler } from './application/list-progress/list-progress.handler.js';
import { RecordProgressHandler } from './application/record-progress/record-progress.handler.js';
import { MemberProgressRepository } from './infrastructure/member-progress.repository.js';
import { ProgressController } from './interface/http/progress.controller.js';
import { MentorshipsConsumer } from './interface/kafka/mentorships.consumer.js';

@Module({
  controllers: [ProgressController, MentorshipsConsumer],
  providers: [RecordProgressHandler, ListProgressHandler, MemberProgressRepository],
})
export class MentorshipsModule {}
