import { randomUUID } from 'node:crypto';
import type { EventDefinition, EventEnvelope } from '#contracts';

/**
 * An envelope as the producing service's outbox would build it: fresh event and correlation ids,
 * no cause. Overrides set what a test needs to pin (an id, a correlation, a cause).
 */
export const testEnvelope = <P extends object>(
  definition: EventDefinition<P>,
  key: string,
  payload: P,
  overrides: Partial<EventEnvelope<P>> = {},
): EventEnvelope<P> => ({
  eventId: randomUUID(),
  type: definition.type,
  version: definition.version,
  occurredAt: new Date().toISOString(),
  producer: definition.producer,
  correlationId: randomUUID(),
  causationId: null,
  key,
  payload,
  ...overrides,
});
