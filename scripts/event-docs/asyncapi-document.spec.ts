import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { consumerGroups } from '../../apps/service-registry.js';
import { deadLetterTopic, EVENT_CATALOGUE, eventName, TOPICS } from '#contracts';
import { asyncApiYaml } from './asyncapi-document.js';
import { eventDocsInput } from './event-docs-model.js';
import { eventsMarkdown } from './events-markdown.js';

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  $ref?: string;
  enum?: unknown[];
  const?: unknown;
}

interface AsyncApi {
  asyncapi: string;
  servers: Record<string, { host: string; protocol: string }>;
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  operations: Record<string, { action: string; channel: { $ref: string }; messages: { $ref: string }[] }>;
  components: {
    messages: Record<
      string,
      { payload: SchemaNode; headers: SchemaNode; examples?: { headers: Record<string, string>; payload: Record<string, unknown> }[] }
    >;
    schemas: Record<string, SchemaNode>;
  };
}

const document = parse(asyncApiYaml(eventDocsInput())) as AsyncApi;

const resolve = (reference: string): unknown =>
  reference
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], document);

/** Checks a value against the schema subset the generator writes: types, required, closed objects, enums, consts. */
const conforms = (schema: SchemaNode, value: unknown, path: string): string[] => {
  if (schema.$ref !== undefined) return conforms(resolve(schema.$ref) as SchemaNode, value, path);
  const problems: string[] = [];
  const types = schema.type === undefined ? [] : [schema.type].flat();
  const typeOf = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (types.length > 0 && !types.includes(typeOf) && !(typeOf === 'integer' && types.includes('number')))
    problems.push(`${path}: ${typeOf} is not ${types.join('|')}`);
  if (schema.enum !== undefined && !schema.enum.includes(value)) problems.push(`${path}: not in enum`);
  if (schema.const !== undefined && schema.const !== value) problems.push(`${path}: not ${String(schema.const)}`);
  if (schema.properties !== undefined && typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${path}.${name}: missing`);
    for (const [name, child] of Object.entries(record)) {
      const childSchema = schema.properties[name];
      if (childSchema === undefined) problems.push(`${path}.${name}: not in schema`);
      else problems.push(...conforms(childSchema, child, `${path}.${name}`));
    }
  }
  if (schema.items !== undefined && Array.isArray(value))
    value.forEach((item, index) => problems.push(...conforms(schema.items as SchemaNode, item, `${path}[${index}]`)));
  return problems;
};

describe('the generated AsyncAPI document', () => {
  it('is AsyncAPI 3.0 YAML with the local Kafka server', () => {
    expect(document.asyncapi).toBe('3.0.0');
    expect(document.servers.local).toEqual(expect.objectContaining({ host: '127.0.0.1:9092', protocol: 'kafka' }));
  });

  it('has a message for every event of the catalogue, on the channel of its topic, sent by its producer', () => {
    for (const definition of EVENT_CATALOGUE) {
      const id = eventName(definition.type, definition.version);
      expect(document.components.messages[id]).toBeDefined();
      const channel = Object.entries(document.channels).find(([, candidate]) => candidate.address === definition.topic);
      expect(channel?.[1].messages[id]).toEqual({ $ref: `#/components/messages/${id}` });
      const send = Object.values(document.operations).filter(
        (operation) => operation.action === 'send' && operation.messages.some((message) => message.$ref.endsWith(`/${id}`)),
      );
      expect(send).toHaveLength(1);
    }
  });

  it('has a channel per topic and per dead-letter topic, and receive operations of the consumer groups', () => {
    const addresses = Object.values(document.channels).map((channel) => channel.address);
    expect(addresses).toEqual(expect.arrayContaining([...Object.values(TOPICS), ...consumerGroups().map(deadLetterTopic)]));
    const receivers = Object.values(document.operations).filter((operation) => operation.action === 'receive');
    expect(receivers.map((operation) => (resolve(operation.channel.$ref) as { address: string }).address)).toEqual(
      expect.arrayContaining([TOPICS.applications, TOPICS.reporting]),
    );
  });

  it('resolves every reference', () => {
    const references = [...asyncApiYaml(eventDocsInput()).matchAll(/\$ref: (\S+)/g)].map(
      ([, reference]) => reference?.replace(/^["']|["']$/g, '') ?? '',
    );
    expect(references.length).toBeGreaterThan(EVENT_CATALOGUE.length);
    for (const reference of references) expect([reference, resolve(reference) !== undefined]).toEqual([reference, true]);
  });

  it("documents examples that match the message's own headers and payload schema", () => {
    for (const definition of EVENT_CATALOGUE) {
      const message = document.components.messages[eventName(definition.type, definition.version)];
      const example = message?.examples?.[0];
      expect(example?.payload.payload).toEqual(definition.example);
      expect(conforms(message?.payload ?? {}, example?.payload, 'value')).toEqual([]);
      expect(conforms(message?.headers ?? {}, example?.headers, 'headers')).toEqual([]);
    }
  });

  it('would notice an example that breaks its schema', () => {
    const message = document.components.messages['reporting.report-submitted.v1'];
    const example = structuredClone(message?.examples?.[0]?.payload) as { payload: { projectYear: unknown; extra?: unknown } };
    example.payload.projectYear = 'one';
    example.payload.extra = true;
    expect(conforms(message?.payload ?? {}, example, 'value')).toEqual([
      'value.payload.projectYear: string is not integer',
      'value.payload.extra: not in schema',
    ]);
  });
});

describe('docs/events.md', () => {
  const markdown = eventsMarkdown(eventDocsInput());

  it('lists every event, the envelope, headers and dead-letter headers', () => {
    for (const definition of EVENT_CATALOGUE) expect(markdown).toContain(`### ${eventName(definition.type, definition.version)}`);
    for (const header of [
      'event-id',
      'correlation-id',
      'dlt-reason',
      'dlt-error',
      'dlt-original-topic',
      'dlt-original-partition',
      'dlt-original-offset',
      'dlt-consumer-group',
      'dlt-failed-at',
    ])
      expect(markdown).toContain(`\`${header}\``);
    expect(markdown).toContain(
      '| `samenleven.dlt.notifications` | notifications | ' +
        '`samenleven.applications.v1`, `samenleven.reporting.v1`, `samenleven.budgeting.v1`, `samenleven.mentorships.v1` |',
    );
    expect(markdown).toMatch(/past-tense fact/);
  });
});
