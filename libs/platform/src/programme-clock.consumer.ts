import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { programmeClockMovedV1, type EventEnvelope, type ProgrammeClockMovedV1 } from '#contracts';
import { HandlesEvent } from '#messaging';
import { ProgrammeClockSync } from './programme-clock-sync.js';

/**
 * Takes a programme clock move over into this service's database (and from there into its clock). Every service that
 * does not move the clock itself lists this consumer among its module's controllers.
 */
@Controller()
export class ProgrammeClockConsumer {
  constructor(private readonly sync: ProgrammeClockSync) {}

  @HandlesEvent(programmeClockMovedV1)
  async onProgrammeClockMoved(@Payload() event: EventEnvelope<ProgrammeClockMovedV1>): Promise<void> {
    const { movedTo, realAt, movedBy } = event.payload;
    await this.sync.store({ programmeAt: new Date(movedTo), realAt: new Date(realAt), movedBy });
  }
}
