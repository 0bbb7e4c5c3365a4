import { IsBoolean, IsISO8601, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';

export class CallOpenedV1 {
  @IsUUID() callId: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsString() @MaxLength(200) title: string;
  /** The catalogue version applications of this call are priced under. */
  @IsString() @MinLength(1) @MaxLength(80) catalogueVersion: string;
  @IsISO8601() opensAt: string;
  @IsISO8601() closesAt: string;
  /** Year-3 calls: only governments that took part in an earlier project year may apply. */
  @IsBoolean() onlyEarlierParticipants: boolean;
}

export const callOpenedV1 = defineEvent({
  type: 'applications.call-opened',
  version: 1,
  topic: TOPICS.applications,
  keyField: 'callId',
  producer: 'applications',
  description: 'ABB opened a call for applications for a project year, open from opensAt until closesAt (programme clock).',
  payloadClass: CallOpenedV1,
  example: {
    callId: '7d444840-9dc0-11d1-b245-5ffdce74fad2',
    projectYear: 1,
    title: 'Oproep Plan Samenleven projectjaar 1',
    catalogueVersion: 'sha256-3f1c2a9b7d10',
    opensAt: '2022-06-01T00:00:00.000Z',
    closesAt: '2022-07-15T22:00:00.000Z',
    onlyEarlierParticipants: false,
  },
});
