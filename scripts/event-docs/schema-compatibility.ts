import type { JsonSchema } from './payload-schema.js';

/** A schema and how to look up the `$ref`s in it (each document resolves its own). */
export interface SchemaIn {
  schema: JsonSchema | undefined;
  resolve: (reference: string) => JsonSchema | undefined;
}

/**
 * Keywords compared on their own (structure) or not at all (prose); every other keyword says which
 * values a field accepts (type, format, pattern, bounds, enum...), so any change to one changes its type.
 */
const NOT_VALUE_KEYWORDS = new Set(['properties', 'required', 'items', '$ref', 'description']);

const normalised = (value: unknown): string =>
  JSON.stringify(Array.isArray(value) ? [...(value as unknown[])].map((item) => JSON.stringify(item)).sort() : value);

/** The schema behind its `$ref`s, and the references followed to get there from the root (to stop at a cycle). */
const dereferenced = (
  { schema, resolve }: SchemaIn,
  trail: readonly string[],
): { schema: JsonSchema | undefined; trail: readonly string[]; cycle: boolean } => {
  let current = schema;
  let followed = trail;
  while (current?.$ref !== undefined) {
    if (followed.includes(current.$ref)) return { schema: current, trail: followed, cycle: true };
    followed = [...followed, current.$ref];
    current = resolve(current.$ref);
  }
  return { schema: current, trail: followed, cycle: false };
};

type Trails = { before: readonly string[]; after: readonly string[] };

/**
 * Why consumers of a published event version could not take the new payload schema where they took
 * the old one, empty when they could. Events already published stay in the log and are replayed, and
 * consumers rely on every field they know: the only compatible change is adding an optional field.
 * Removing or renaming a field, changing what values it accepts (type, format, pattern, bounds, enum),
 * making an optional field required or a required one optional, and adding a required field all break.
 */
export const breakingChanges = (
  before: SchemaIn,
  after: SchemaIn,
  path = 'payload',
  trails: Trails = { before: [], after: [] },
): string[] => {
  const oldSide = dereferenced(before, trails.before);
  const newSide = dereferenced(after, trails.after);
  // A class nested in itself: its fields are compared where it first appears.
  if (oldSide.cycle && newSide.cycle) return [];
  const old = oldSide.schema;
  const now = newSide.schema;
  const next: Trails = { before: oldSide.trail, after: newSide.trail };
  if (old === undefined) return [];
  if (now === undefined) return [`${path}: no longer has a schema`];
  const problems: string[] = [];
  const keywords = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((keyword) => !NOT_VALUE_KEYWORDS.has(keyword));
  for (const keyword of keywords) {
    const [was, is] = [(old as Record<string, unknown>)[keyword], (now as Record<string, unknown>)[keyword]];
    if (normalised(was) !== normalised(is))
      problems.push(`${path}: ${keyword} changed from ${JSON.stringify(was) ?? 'none'} to ${JSON.stringify(is) ?? 'none'}`);
  }
  if (old.items !== undefined || now.items !== undefined)
    problems.push(...breakingChanges({ ...before, schema: old.items }, { ...after, schema: now.items }, `${path}[]`, next));
  const oldProperties = old.properties ?? {};
  const newProperties = now.properties ?? {};
  const oldRequired = new Set(old.required ?? []);
  const newRequired = new Set(now.required ?? []);
  for (const [name, schema] of Object.entries(oldProperties)) {
    const field = `${path}.${name}`;
    if (!(name in newProperties)) {
      problems.push(`${field}: removed (or renamed)`);
      continue;
    }
    if (!oldRequired.has(name) && newRequired.has(name)) problems.push(`${field}: was optional, is now required`);
    if (oldRequired.has(name) && !newRequired.has(name)) problems.push(`${field}: was required, is now optional`);
    problems.push(...breakingChanges({ ...before, schema }, { ...after, schema: newProperties[name] }, field, next));
  }
  for (const name of Object.keys(newProperties))
    if (!(name in oldProperties) && newRequired.has(name)) problems.push(`${path}.${name}: added as a required field`);
  return problems;
};

/** The parts of an AsyncAPI document (as asyncApiDocument writes it) the comparison reads. */
export interface EventsDocument {
  channels?: Record<string, { address?: string; messages?: Record<string, unknown> }>;
  components?: {
    messages?: Record<string, { payload?: JsonSchema }>;
    schemas?: Record<string, JsonSchema>;
  };
}

const resolverOf =
  (document: EventsDocument) =>
  (reference: string): JsonSchema | undefined =>
    reference.startsWith('#/components/schemas/')
      ? document.components?.schemas?.[reference.slice('#/components/schemas/'.length)]
      : undefined;

const topicOf = (document: EventsDocument, message: string): string | undefined =>
  Object.values(document.channels ?? {}).find((channel) => channel.messages?.[message] !== undefined)?.address;

/** Messages of the document that are event versions (type.vN), not the dead letter. */
const eventMessages = (document: EventsDocument): string[] =>
  Object.keys(document.components?.messages ?? {}).filter((id) => /\.v\d+$/.test(id));

/**
 * Every way the event versions of `published` (the committed docs/asyncapi.yaml) would break in
 * `current` (the document the catalogue generates now). A breaking change needs a new version.
 */
export const publishedEventsBroken = (published: EventsDocument, current: EventsDocument): string[] =>
  eventMessages(published).flatMap((id) => {
    const before = published.components?.messages?.[id];
    const after = current.components?.messages?.[id];
    if (after === undefined) return [`${id}: published, and no longer in the catalogue (events of it in the log could not be read)`];
    const problems =
      topicOf(published, id) === topicOf(current, id) ? [] : [`${id}: moved from ${topicOf(published, id)} to ${topicOf(current, id)}`];
    problems.push(
      ...breakingChanges(
        { schema: before?.payload?.properties?.payload, resolve: resolverOf(published) },
        { schema: after.payload?.properties?.payload, resolve: resolverOf(current) },
      ).map((problem) => `${id}: ${problem}`),
    );
    return problems;
  });
