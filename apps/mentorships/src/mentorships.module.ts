import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '#platform';
import { ListProgressHandler } from './application/list-progress/list-progress.handler.js';
import { RecordProgressHandler } from './application/record-progress/record-progress.handler.js';
import { MemberProgressEntity } from './infrastructure/member-progress.entity.js';
import { CreateMentorshipsTables1763800004000 } from './infrastructure/migrations/1763800004000-create-mentorships-tables.js';
import { ProgressController } from './interface/http/progress.controller.js';
import { MentorshipsConsumer } from './interface/kafka/mentorships.consumer.js';

export const MENTORSHIPS_ENTITIES = [MemberProgressEntity];
export const MENTORSHIPS_MIGRATIONS = [CreateMentorshipsTables1763800004000];

@Module({})
export class MentorshipsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: MentorshipsModule,
      imports: [
        PlatformModule.forService({
          config,
          entities: MENTORSHIPS_ENTITIES,
          migrations: MENTORSHIPS_MIGRATIONS,
        }),
      ],
      controllers: [ProgressController, MentorshipsConsumer],
      providers: [RecordProgressHandler, ListProgressHandler],
    };
  }
}
