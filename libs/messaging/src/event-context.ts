import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '#contracts';

/** What a handler gets besides the event: the transaction its effects (and the inbox row) commit in, and where the event came from. */
export class EventContext<P = unknown> {
  constructor(
    readonly manager: EntityManager,
    readonly envelope: EventEnvelope<P>,
    readonly topic: string,
    readonly partition: number,
    readonly offset: string,
  ) {}
}
