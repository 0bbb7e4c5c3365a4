import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { SessionScheduledV1, sessionExample } from './session-scheduled.v1.js';

/** A planned session changed (time, place, agenda, capacity, materials): the whole session as it is now. */
export class SessionUpdatedV1 extends SessionScheduledV1 {}

export const sessionUpdatedV1 = defineEvent({
  type: 'mentorships.session-updated',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  keyField: 'networkId',
  description: 'A planned learning network session changed; the event carries the whole session as it is now, with a higher sequence.',
  payloadClass: SessionUpdatedV1,
  example: { ...sessionExample, place: 'Het Predikheren, Goswin de Stassartstraat 2', sequence: 1 },
});
