import { ArrayMaxSize, IsInt, IsISO8601, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/** A web link: the mentorships API checked it as a URL; here only its scheme. */
const LINK_PATTERN = /^https?:\/\/\S+$/;

/** A learning network session as planned now, and whom to tell: what a calendar invitation (.ics) needs. */
export class SessionScheduledV1 {
  @IsUUID() sessionId: string;
  @IsString() @MinLength(1) @MaxLength(100) networkId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) mentorGovernmentCode: string;
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsString() @MinLength(1) @MaxLength(200) title: string;
  @IsString() @MaxLength(200) theme: string;
  @IsISO8601() startsAt: string;
  @IsISO8601() endsAt: string;
  @ValidateIf((_, value) => value !== null) @IsString() @MaxLength(300) place: string | null;
  @ValidateIf((_, value) => value !== null) @Matches(LINK_PATTERN) @MaxLength(500) onlineLink: string | null;
  @IsString() @MaxLength(4000) agenda: string;
  @IsInt() @Min(1) capacity: number;
  @Matches(LINK_PATTERN, { each: true }) @ArrayMaxSize(20) materials: string[];
  /** iCalendar SEQUENCE: 0 when planned, one more with every change or the cancellation. */
  @IsInt() @Min(0) sequence: number;
  /** The members of the network at this moment: who gets the invitation (the mentor is not among them). */
  @Matches(GOVERNMENT_CODE_PATTERN, { each: true }) recipientCodes: string[];
}

const example: SessionScheduledV1 = {
  sessionId: '5b1e2c34-7d8f-4a6b-9c0d-1e2f3a4b5c6d',
  networkId: 'network-12025-A22-PJ1',
  mentorGovernmentCode: '12025',
  actionNumber: 22,
  projectYear: 1,
  title: 'Pleinen die verbinden',
  theme: 'publieke ruimte',
  startsAt: '2023-03-02T13:00:00.000Z',
  endsAt: '2023-03-02T16:00:00.000Z',
  place: 'Stadhuis Mechelen, Grote Markt 21',
  onlineLink: null,
  agenda: 'Welkom, rondgang op het plein, uitwisseling',
  capacity: 20,
  materials: ['https://example.org/pleinmakers/presentatie.pdf'],
  sequence: 0,
  recipientCodes: ['11002', '44021'],
};

export const sessionScheduledV1 = defineEvent({
  type: 'mentorships.session-scheduled',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  /** All sessions of one network stay in order: a change never overtakes its planning. */
  keyField: 'networkId',
  description: "A mentor planned a session of its learning network; the members at that moment are the invitation's recipients.",
  payloadClass: SessionScheduledV1,
  example,
});

export { example as sessionExample };
