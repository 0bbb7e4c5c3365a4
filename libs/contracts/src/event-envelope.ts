/**
 * The one shape every event on every topic has. The payload is typed and validated per event
 * definition; everything else is metadata that lets consumers deduplicate (eventId), keep order
 * (key = government code) and trace a request across services (correlationId, causationId).
 */
export interface EventEnvelope<P = unknown> {
  eventId: string;
  type: string;
  version: number;
  occurredAt: string;
  producer: string;
  correlationId: string;
  causationId: string | null;
  key: string;
  payload: P;
}

/** Kafka headers carried on every record, so tools can route and trace without parsing the value. */
export const EVENT_HEADERS = {
  eventId: 'event-id',
  eventType: 'event-type',
  eventVersion: 'event-version',
  correlationId: 'correlation-id',
  causationId: 'causation-id',
  producer: 'producer',
} as const;

export const eventName = (type: string, version: number): string => `${type}.v${version}`;
