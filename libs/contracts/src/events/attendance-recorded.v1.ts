import { IsIn, IsInt, IsISO8601, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

export const ATTENDANCE_SOURCES = ['mentor', 'code'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/** A member attended a session: recorded by the mentor, or by the participant with the session's code. */
export class AttendanceRecordedV1 {
  @IsUUID() sessionId: string;
  @IsString() @MinLength(1) @MaxLength(100) networkId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) mentorGovernmentCode: string;
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  /** The member that attended: the recipient of the confirmation. */
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsString() @MinLength(1) @MaxLength(200) title: string;
  @IsISO8601() startsAt: string;
  @IsISO8601() endsAt: string;
  @IsIn(ATTENDANCE_SOURCES) recordedBy: AttendanceSource;
  @IsISO8601() recordedAt: string;
}

export const attendanceRecordedV1 = defineEvent({
  type: 'mentorships.attendance-recorded',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  description: "A member's attendance of a learning network session was recorded (once per member and session).",
  payloadClass: AttendanceRecordedV1,
  example: {
    sessionId: '5b1e2c34-7d8f-4a6b-9c0d-1e2f3a4b5c6d',
    networkId: 'network-12025-A22-PJ1',
    mentorGovernmentCode: '12025',
    actionNumber: 22,
    governmentCode: '44021',
    title: 'Pleinen die verbinden',
    startsAt: '2023-03-02T13:00:00.000Z',
    endsAt: '2023-03-02T16:00:00.000Z',
    recordedBy: 'code',
    recordedAt: '2023-03-02T13:20:00.000Z',
  },
});
