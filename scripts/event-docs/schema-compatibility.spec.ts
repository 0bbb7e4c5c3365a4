import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { repoRoot } from '../infra/local-paths.js';
import { asyncApiDocument } from './asyncapi-document.js';
import { eventDocsInput } from './event-docs-model.js';
import type { JsonSchema } from './payload-schema.js';
import { breakingChanges, publishedEventsBroken, type EventsDocument } from './schema-compatibility.js';

const noReferences = (): undefined => undefined;
const compare = (before: JsonSchema, after: JsonSchema): string[] =>
  breakingChanges({ schema: before, resolve: noReferences }, { schema: after, resolve: noReferences });

const object = (properties: Record<string, JsonSchema>, required: string[]): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  properties,
  required,
});
const published = object(
  { code: { type: 'string', pattern: '^[0-9]{5}$' }, year: { type: 'integer', minimum: 1 }, note: { type: ['string', 'null'] } },
  ['code', 'year'],
);

describe('breakingChanges (the rule)', () => {
  it('lets an unchanged schema through, and one whose descriptions or order changed', () => {
    expect(compare(published, structuredClone(published))).toEqual([]);
    const reworded = object(
      {
        note: { type: ['null', 'string'], description: 'Why.' },
        year: { minimum: 1, type: 'integer' },
        code: { pattern: '^[0-9]{5}$', type: 'string' },
      },
      ['year', 'code'],
    );
    expect(compare(published, reworded)).toEqual([]);
  });

  it('lets an optional field be added', () => {
    expect(compare(published, object({ ...published.properties, extra: { type: ['string', 'null'] } }, ['code', 'year']))).toEqual([]);
  });

  it('refuses removing or renaming a field', () => {
    const { note: _note, ...withoutNote } = published.properties!;
    expect(compare(published, object(withoutNote, ['code', 'year']))).toEqual(['payload.note: removed (or renamed)']);
    const { year, ...rest } = published.properties!;
    expect(compare(published, object({ ...rest, projectYear: year! }, ['code', 'projectYear']))).toEqual([
      'payload.year: removed (or renamed)',
      'payload.projectYear: added as a required field',
    ]);
  });

  it('refuses changing a type, including what values it accepts', () => {
    expect(compare(published, object({ ...published.properties, year: { type: 'string' } }, ['code', 'year']))).toEqual([
      'payload.year: type changed from "integer" to "string"',
      'payload.year: minimum changed from 1 to none',
    ]);
    expect(compare(published, object({ ...published.properties, note: { type: 'string' } }, ['code', 'year']))).toEqual([
      'payload.note: type changed from ["string","null"] to "string"',
    ]);
    expect(
      compare(published, object({ ...published.properties, code: { type: 'string', pattern: '^[0-9]{6}$' } }, ['code', 'year'])),
    ).toEqual(['payload.code: pattern changed from "^[0-9]{5}$" to "^[0-9]{6}$"']);
  });

  it('refuses making an optional field required, a required one optional, and adding a required field', () => {
    expect(compare(published, object(published.properties!, ['code', 'year', 'note']))).toEqual([
      'payload.note: was optional, is now required',
    ]);
    expect(compare(published, object(published.properties!, ['code']))).toEqual(['payload.year: was required, is now optional']);
    expect(compare(published, object({ ...published.properties, extra: { type: 'string' } }, ['code', 'year', 'extra']))).toEqual([
      'payload.extra: added as a required field',
    ]);
  });

  it('follows references into nested objects and array items on both sides', () => {
    const line = (required: string[]): JsonSchema => object({ indicator: { type: 'string' }, achieved: { type: 'integer' } }, required);
    const withLines = object({ lines: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/LineV1' } } }, ['lines']);
    const before = {
      schema: withLines,
      resolve: (reference: string) => (reference.endsWith('/LineV1') ? line(['indicator', 'achieved']) : undefined),
    };
    const inline = object({ lines: { type: 'array', minItems: 1, items: line(['indicator']) } }, ['lines']);
    expect(breakingChanges(before, { schema: inline, resolve: noReferences })).toEqual([
      'payload.lines[].achieved: was required, is now optional',
    ]);
    expect(breakingChanges(before, before)).toEqual([]);
  });
});

const committedDocument = async (): Promise<EventsDocument> =>
  parse(await readFile(path.join(repoRoot(), 'docs', 'asyncapi.yaml'), 'utf8')) as EventsDocument;

describe('the published event versions (docs/asyncapi.yaml as committed)', () => {
  it('are all still in the catalogue, with payload schemas compatible with what was published', async () => {
    expect(publishedEventsBroken(await committedDocument(), asyncApiDocument(eventDocsInput()) as EventsDocument)).toEqual([]);
  });

  it('would be reported broken by a changed, moved or removed version', async () => {
    const committed = await committedDocument();
    const current = structuredClone(asyncApiDocument(eventDocsInput())) as EventsDocument;
    const schemas = current.components!.schemas!;
    delete schemas.ReportSubmittedV1!.properties!.periodCode;
    schemas.GovernmentContactV1!.required = [...(schemas.GovernmentContactV1!.required ?? []), 'phone'];
    schemas.GovernmentContactV1!.properties!.phone = { type: 'string' };
    delete current.components!.messages!['notifications.notification-sent.v1'];
    current.channels!.mentorships!.address = 'samenleven.elsewhere.v1';
    expect(publishedEventsBroken(committed, current)).toEqual([
      'applications.government-registered.v1: payload.contacts[].phone: added as a required field',
      'reporting.report-submitted.v1: payload.periodCode: removed (or renamed)',
      'mentorships.member-progress-recorded.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'notifications.notification-sent.v1: published, and no longer in the catalogue (events of it in the log could not be read)',
      'mentorships.network-members-changed.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.member-invited.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.member-caught-up.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.session-scheduled.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.session-updated.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.session-cancelled.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.registration-made.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.attendance-recorded.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.network-behind-on-sessions.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.network-opened.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.invitation-declined.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
      'mentorships.registration-withdrawn.v1: moved from samenleven.mentorships.v1 to samenleven.elsewhere.v1',
    ]);
  });
});
