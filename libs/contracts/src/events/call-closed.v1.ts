import { IsIn, IsISO8601, IsInt, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';

export class CallClosedV1 {
  @IsUUID() callId: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsISO8601() closedAt: string;
  /** 'abb': closed by an ABB user; 'closing-date': the programme clock passed closesAt. */
  @IsIn(['abb', 'closing-date']) closedBy: 'abb' | 'closing-date';
  /**
   * Every application submitted to the call. Submissions are keyed by government and may arrive after
   * this event on another partition: a consumer waits until it has seen all of them.
   */
  @IsUUID('all', { each: true }) submittedApplicationIds: string[];
}

export const callClosedV1 = defineEvent({
  type: 'applications.call-closed',
  version: 1,
  topic: TOPICS.applications,
  keyField: 'callId',
  producer: 'applications',
  description:
    'A call closed: no more submissions. Lists every submitted application, so budgeting can propose an allocation over all of them.',
  payloadClass: CallClosedV1,
  example: {
    callId: '7d444840-9dc0-11d1-b245-5ffdce74fad2',
    projectYear: 1,
    closedAt: '2022-07-15T22:00:00.000Z',
    closedBy: 'closing-date',
    submittedApplicationIds: ['0f8fad5b-d9cb-469f-a165-70867728950e'],
  },
});
