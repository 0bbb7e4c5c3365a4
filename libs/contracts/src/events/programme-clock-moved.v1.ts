import { IsIn, IsISO8601, IsString, MaxLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';

/**
 * ABB moved the platform's programme clock forward (development mode only). Every service keeps the latest move
 * in its own database and runs its clock from it, so all five show the same programme time, also after a restart.
 */
export class ProgrammeClockMovedV1 {
  /** Always 'programme': the one clock, and the record key, so every move travels on one partition, in order. */
  @IsIn(['programme']) clock: 'programme';
  /** Programme time just before the move. */
  @IsISO8601() movedFrom: string;
  /** Programme time just after the move, at the real moment `realAt`. */
  @IsISO8601() movedTo: string;
  /** The real (wall-clock) moment of the move: from then on programme time runs on at real speed from `movedTo`. */
  @IsISO8601() realAt: string;
  /** The subject of the ABB user who moved it. */
  @IsString() @MaxLength(200) movedBy: string;
}

export const programmeClockMovedV1 = defineEvent({
  type: 'applications.programme-clock-moved',
  version: 1,
  topic: TOPICS.applications,
  keyField: 'clock',
  producer: 'applications',
  description:
    'ABB moved the programme clock forward (never back, never in production mode); every service takes the move over into its own clock.',
  payloadClass: ProgrammeClockMovedV1,
  example: {
    clock: 'programme',
    movedFrom: '2022-06-15T09:12:00.000Z',
    movedTo: '2023-04-16T00:00:00.000Z',
    realAt: '2026-12-03T09:30:00.000Z',
    movedBy: 'abb-user',
  },
});
