import { SERVICES } from '../../apps/service-registry.js';
import {
  deadLetterTopic,
  DEFAULT_KEY_FIELD,
  EVENT_CATALOGUE,
  EVENT_HEADERS,
  eventName,
  keyFieldOf,
  TOPIC_PARTITIONS,
  TOPICS,
  type EventDefinition,
  type EventEnvelope,
  type TopicName,
} from '#contracts';
import { DLT_HEADERS, type DeadLetterReason } from '#messaging';
import { serviceSubscription } from '#platform';

/** One consumer group: what it reads, handles and ignores, all derived from its service's handlers. */
export interface ConsumerGroupDocs {
  group: string;
  service: string;
  deadLetterTopic: string;
  topics: readonly TopicName[];
  handled: readonly EventDefinition[];
  ignored: readonly EventDefinition[];
}

/** Everything both documents are written from, gathered once so they cannot disagree. */
export interface EventDocsInput {
  events: readonly EventDefinition[];
  topics: { id: keyof typeof TOPICS; name: TopicName; producer: string; partitions: number; consumers: string[] }[];
  consumerGroups: ConsumerGroupDocs[];
}

/** The consumer groups of the service registry, with the subscriptions their handlers declare. */
export const consumerGroupDocs = (): ConsumerGroupDocs[] =>
  SERVICES.flatMap((manifest) => {
    if (manifest.consumerGroup === undefined) return [];
    const { topics, handled, ignored } = serviceSubscription(manifest);
    return [
      {
        group: manifest.consumerGroup,
        service: manifest.name,
        deadLetterTopic: deadLetterTopic(manifest.consumerGroup),
        topics,
        handled,
        ignored,
      },
    ];
  });

export const eventDocsInput = (): EventDocsInput => {
  const consumerGroups = consumerGroupDocs();
  return {
    events: EVENT_CATALOGUE,
    topics: (Object.keys(TOPICS) as (keyof typeof TOPICS)[]).map((id) => ({
      id,
      name: TOPICS[id],
      // Topics are per producing service and named after it.
      producer: id,
      partitions: TOPIC_PARTITIONS,
      consumers: consumerGroups.filter((consumer) => consumer.topics.includes(TOPICS[id])).map((consumer) => consumer.group),
    })),
    consumerGroups,
  };
};

/** Facts about a government are keyed by its code, so all facts about one government stay in order. */
export const EVENT_KEY = {
  field: DEFAULT_KEY_FIELD,
  description: 'the government code (NIS code, or VGC / DE-RAND / GROUP-…) the event is about',
} as const;

/** What the record key of this event is, in words. */
export const keyDescription = (definition: EventDefinition): string =>
  keyFieldOf(definition) === EVENT_KEY.field ? EVENT_KEY.description : `payload.${keyFieldOf(definition)}, a programme-wide fact`;

export const exampleKey = (definition: EventDefinition): string => {
  const key = (definition.example as Record<string, unknown>)[keyFieldOf(definition)];
  if (typeof key !== 'string' && typeof key !== 'number')
    throw new Error(`${eventName(definition.type, definition.version)}: example has no ${keyFieldOf(definition)} to key by`);
  return String(key);
};

/** A complete record value as it appears on the topic, with fixed ids so the documents do not change on every run. */
export const exampleEnvelope = (definition: EventDefinition, index: number): EventEnvelope<object> => ({
  eventId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
  type: definition.type,
  version: definition.version,
  occurredAt: '2023-04-10T09:30:00.000Z',
  producer: definition.producer,
  correlationId: 'c0ffee00-0000-4000-8000-000000000001',
  causationId: null,
  key: exampleKey(definition),
  payload: definition.example,
});

export const exampleHeaders = (envelope: EventEnvelope<object>): Record<string, string> => ({
  [EVENT_HEADERS.eventId]: envelope.eventId,
  [EVENT_HEADERS.eventType]: envelope.type,
  [EVENT_HEADERS.eventVersion]: String(envelope.version),
  [EVENT_HEADERS.correlationId]: envelope.correlationId,
  [EVENT_HEADERS.producer]: envelope.producer,
});

/** Typed by EventEnvelope, so a new envelope field cannot go undocumented. */
export const ENVELOPE_FIELDS: Record<keyof EventEnvelope, { type: string; description: string }> = {
  eventId: { type: 'string (uuid)', description: 'Unique per event; consumers apply each event id once (inbox).' },
  type: { type: 'string', description: 'Event name, `<producing service>.<past-tense fact>`.' },
  version: { type: 'integer ≥ 1', description: 'Version of the payload contract.' },
  occurredAt: { type: 'string (ISO-8601)', description: 'When the fact happened (the producing transaction).' },
  producer: { type: 'string', description: 'The service that produced the event.' },
  correlationId: { type: 'string', description: 'The HTTP request (x-correlation-id) or job the chain of events started from.' },
  causationId: {
    type: 'string (uuid) or null',
    description: 'Event id of the event whose handling produced this one; null when caused by a request.',
  },
  key: { type: 'string', description: 'The Kafka record key: the government code the event is about.' },
  payload: { type: 'object', description: 'The event-specific fact, validated against its contract.' },
};

export const HEADER_DESCRIPTIONS: Record<keyof typeof EVENT_HEADERS, string> = {
  eventId: 'Same as envelope `eventId`.',
  eventType: 'Same as envelope `type`.',
  eventVersion: 'Same as envelope `version`, as text.',
  correlationId: 'Same as envelope `correlationId`.',
  causationId: 'Same as envelope `causationId`; absent when that is null.',
  producer: 'Same as envelope `producer`.',
};

export const DEAD_LETTER_HEADER_DESCRIPTIONS: Record<keyof typeof DLT_HEADERS, string> = {
  reason: 'Why the event was dead-lettered (see the reasons below).',
  error: 'The error message (truncated to 2000 characters).',
  originalTopic: 'Topic the event was consumed from.',
  originalPartition: 'Partition it was consumed from.',
  originalOffset: 'Offset it had there.',
  consumerGroup: 'The consumer group that gave up on it.',
  failedAt: 'When it was dead-lettered (ISO-8601).',
};

/** Typed by the messaging library's reasons, so a new reason cannot go undocumented. */
export const DEAD_LETTER_REASONS: Record<DeadLetterReason, string> = {
  'invalid-envelope': 'The record value is not JSON or lacks envelope fields.',
  'unknown-event-type': 'No contract in the catalogue for this type and version.',
  'unhandled-event-type': 'A catalogue event the group has no handler for, on a topic its contract does not name (so it is not ignored).',
  'invalid-payload': 'The payload does not match its contract (or the handler produced an invalid event).',
  'permanent-error':
    'The use case refused the event (a RuleViolation: a broken rule, an unknown subject or a conflict with the current state), ' +
    'or the handler threw a PermanentEventError: retrying cannot help.',
  'retries-exhausted': 'The handler kept failing after retries with backoff.',
};

export { DLT_HEADERS, EVENT_HEADERS, eventName };
