import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { SessionScheduledV1, sessionExample } from './session-scheduled.v1.js';

/** A planned session was cancelled: the session as it was, so a calendar can cancel its invitation (METHOD:CANCEL). */
export class SessionCancelledV1 extends SessionScheduledV1 {}

export const sessionCancelledV1 = defineEvent({
  type: 'mentorships.session-cancelled',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  keyField: 'networkId',
  description: 'A learning network session was cancelled; the event carries the session as it was, with a higher sequence.',
  payloadClass: SessionCancelledV1,
  example: { ...sessionExample, sequence: 2 },
});
