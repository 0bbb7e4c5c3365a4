import type { EventEnvelope } from '#contracts';

/**
 * What a handler gets besides the event: where it came from. Its effects (and the inbox row) commit in
 * the unit of work the transport opened around it.
 */
export class EventContext<P = unknown> {
  constructor(
    readonly envelope: EventEnvelope<P>,
    readonly topic: string,
    readonly partition: number,
    readonly offset: string,
  ) {}
}
