import { stringify } from 'yaml';
import { EVENT_HEADERS, eventName, keyFieldOf, type EventDefinition } from '#contracts';
import { DLT_HEADERS } from '#messaging';
import {
  DEAD_LETTER_HEADER_DESCRIPTIONS,
  DEAD_LETTER_REASONS,
  ENVELOPE_FIELDS,
  EVENT_KEY,
  keyDescription,
  exampleEnvelope,
  exampleHeaders,
  HEADER_DESCRIPTIONS,
  type EventDocsInput,
} from './event-docs-model.js';
import { payloadSchemas, type JsonSchema, type SchemaSet } from './payload-schema.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Document = { [key: string]: Json };

const SCHEMAS = '#/components/schemas/';
const KAFKA_BINDING_VERSION = '0.5.0';

const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

const headersSchema = (): Json => ({
  type: 'object',
  required: (Object.keys(EVENT_HEADERS) as (keyof typeof EVENT_HEADERS)[])
    .filter((name) => name !== 'causationId')
    .map((name) => EVENT_HEADERS[name]),
  properties: Object.fromEntries(
    (Object.keys(EVENT_HEADERS) as (keyof typeof EVENT_HEADERS)[]).map((name) => [
      EVENT_HEADERS[name],
      { type: 'string', description: HEADER_DESCRIPTIONS[name] },
    ]),
  ),
});

const envelopeSchema = (definition: EventDefinition): Json => {
  const fixed: Partial<Record<keyof typeof ENVELOPE_FIELDS, JsonSchema & { const?: Json }>> = {
    eventId: { type: 'string', format: 'uuid' },
    type: { type: 'string', const: definition.type },
    version: { type: 'integer', const: definition.version },
    occurredAt: { type: 'string', format: 'date-time' },
    producer: { type: 'string', const: definition.producer },
    correlationId: { type: 'string' },
    causationId: { type: ['string', 'null'] },
    key: { type: 'string', description: `Equals payload.${keyFieldOf(definition)}.` },
    payload: { $ref: `${SCHEMAS}${definition.payloadClass.name}` },
  };
  const fields = Object.keys(ENVELOPE_FIELDS) as (keyof typeof ENVELOPE_FIELDS)[];
  return asJson({
    type: 'object',
    additionalProperties: false,
    required: fields,
    properties: Object.fromEntries(fields.map((field) => [field, { description: ENVELOPE_FIELDS[field].description, ...fixed[field] }])),
  });
};

const messageId = (definition: EventDefinition): string => eventName(definition.type, definition.version);
/** Operation ids may not contain dots. */
const operationSafe = (text: string): string => text.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * The AsyncAPI 3.0 document of the platform: one channel per topic with a message per event (headers,
 * envelope, payload schema derived from the validators, example), who sends and who receives, and the
 * dead-letter topics.
 */
export const asyncApiDocument = (input: EventDocsInput): Document => {
  const schemas: SchemaSet = new Map();
  for (const definition of input.events) payloadSchemas(definition.payloadClass, SCHEMAS, schemas);

  const messages: Document = {};
  input.events.forEach((definition, index) => {
    const envelope = exampleEnvelope(definition, index);
    messages[messageId(definition)] = asJson({
      name: definition.type,
      title: `${definition.type} v${definition.version}`,
      summary: definition.description,
      contentType: 'application/json',
      headers: { $ref: `${SCHEMAS}EventHeaders` },
      payload: envelopeSchema(definition),
      bindings: {
        kafka: {
          key: { type: 'string', description: `Record key: ${keyDescription(definition)}.` },
          bindingVersion: KAFKA_BINDING_VERSION,
        },
      },
      examples: [{ name: 'example', headers: exampleHeaders(envelope), payload: envelope }],
      'x-producer': definition.producer,
    });
  });
  messages.DeadLetter = asJson({
    name: 'dead-letter',
    title: 'Dead letter',
    summary: 'An event a consumer group gave up on: the original record value and headers, unchanged, plus dlt-* headers.',
    description: Object.entries(DEAD_LETTER_REASONS)
      .map(([reason, text]) => `- \`${reason}\`: ${text}`)
      .join('\n'),
    headers: { $ref: `${SCHEMAS}DeadLetterHeaders` },
    payload: { description: 'The original record value, byte for byte (not necessarily valid JSON: that may be why it is here).' },
  });

  const channels: Document = {};
  const operations: Document = {};
  for (const topic of input.topics) {
    const events = input.events.filter((definition) => definition.topic === topic.name);
    channels[topic.id] = asJson({
      address: topic.name,
      title: topic.name,
      description:
        `Facts produced by ${topic.producer}; ${topic.partitions} partitions, ` +
        `keyed by ${EVENT_KEY.field} unless a message says otherwise. ` +
        `Consumed by: ${topic.consumers.join(', ') || 'nobody yet'}.`,
      messages: Object.fromEntries(
        events.map((definition) => [messageId(definition), { $ref: `#/components/messages/${messageId(definition)}` }]),
      ),
    });
    for (const definition of events) {
      operations[operationSafe(`send-${messageId(definition)}`)] = asJson({
        action: 'send',
        title: `${definition.producer} publishes ${definition.type} v${definition.version}`,
        channel: { $ref: `#/channels/${topic.id}` },
        messages: [{ $ref: `#/channels/${topic.id}/messages/${messageId(definition)}` }],
        tags: [{ name: definition.producer }],
      });
    }
  }
  for (const consumer of input.consumerGroups) {
    const channelId = `dlt-${consumer.group}`;
    channels[channelId] = asJson({
      address: consumer.deadLetterTopic,
      title: consumer.deadLetterTopic,
      description: `Dead letters of consumer group ${consumer.group} (from ${consumer.topics.join(', ')}).`,
      messages: { DeadLetter: { $ref: '#/components/messages/DeadLetter' } },
    });
    operations[`dead-letter-${consumer.group}`] = asJson({
      action: 'send',
      title: `${consumer.group} dead-letters an event it cannot apply`,
      channel: { $ref: `#/channels/${channelId}` },
      messages: [{ $ref: `#/channels/${channelId}/messages/DeadLetter` }],
      tags: [{ name: consumer.group }],
    });
    for (const topicName of consumer.topics) {
      const topic = input.topics.find((candidate) => candidate.name === topicName);
      if (topic === undefined) throw new Error(`${consumer.group} consumes ${topicName}, which is not in TOPICS`);
      const handled = consumer.handled.filter((definition) => definition.topic === topic.name);
      const ignored = consumer.ignored.filter((definition) => definition.topic === topic.name);
      operations[`receive-${consumer.group}-${topic.id}`] = asJson({
        action: 'receive',
        title: `${consumer.group} consumes ${topic.name}`,
        description:
          `Handles ${handled.map(messageId).join(', ')}; ` +
          `acknowledges ${ignored.map(messageId).join(', ') || 'no other event'} without effect.`,
        channel: { $ref: `#/channels/${topic.id}` },
        messages: handled.map((definition) => ({ $ref: `#/channels/${topic.id}/messages/${messageId(definition)}` })),
        bindings: { kafka: { groupId: { type: 'string', enum: [consumer.group] }, bindingVersion: KAFKA_BINDING_VERSION } },
        tags: [{ name: consumer.group }],
      });
    }
  }

  const deadLetterHeaderNames = (Object.keys(DLT_HEADERS) as (keyof typeof DLT_HEADERS)[]).map((name) => DLT_HEADERS[name]);
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Samenleven platform events',
      version: '1.0.0',
      description:
        'Events between the Samenleven services. Every event is a versioned, past-tense fact; ' +
        'an incompatible change is a new version (a new definition), never an edit. ' +
        "Generated from libs/contracts and the consumers' handlers (apps/service-registry.ts) by `npm run docs:events`: " +
        'do not edit by hand.',
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The local development broker (npm start).' },
    },
    channels,
    operations,
    components: {
      messages,
      schemas: asJson({
        EventHeaders: headersSchema(),
        DeadLetterHeaders: {
          type: 'object',
          description: 'The original event headers, plus:',
          required: deadLetterHeaderNames,
          properties: Object.fromEntries(
            (Object.keys(DLT_HEADERS) as (keyof typeof DLT_HEADERS)[]).map((name) => [
              DLT_HEADERS[name],
              name === 'reason'
                ? { type: 'string', enum: Object.keys(DEAD_LETTER_REASONS), description: DEAD_LETTER_HEADER_DESCRIPTIONS[name] }
                : { type: 'string', description: DEAD_LETTER_HEADER_DESCRIPTIONS[name] },
            ]),
          ),
        },
        ...Object.fromEntries(schemas),
      }),
    },
  };
};

/** The document as written to docs/asyncapi.yaml (no line folding, no YAML anchors: easy to diff and to read). */
export const asyncApiYaml = (input: EventDocsInput): string =>
  '# Generated by `npm run docs:events` from libs/contracts. Do not edit by hand.\n' +
  stringify(asyncApiDocument(input), { lineWidth: 0, aliasDuplicateObjects: false });
