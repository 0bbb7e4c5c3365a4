import fc from 'fast-check';

/** The parts of an OpenAPI 3 document the generator reads. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  example?: unknown;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
}

export interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  schema?: SchemaObject;
}

export interface OperationObject {
  parameters?: ParameterObject[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

/** Who sends the request: a token of the test issuer, none, or one that cannot verify. */
export const ROLES = ['abb', 'government', 'other-government', 'mentor', 'none', 'forged', 'expired', 'malformed'] as const;
export type FuzzRole = (typeof ROLES)[number];

/** Roles whose token is refused before anything is read: a request of theirs may carry a valid body. */
export const UNAUTHENTICATED_ROLES: readonly FuzzRole[] = ['none', 'forged', 'expired', 'malformed'];

/** Authorization headers no service accepts (sent by the `malformed` role). */
const MALFORMED_AUTHORIZATIONS = [
  'Bearer',
  'Bearer ',
  'Basic YWJiOmFiYg==',
  'Token abc',
  'Bearer a.b.c',
  'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
  `Bearer ${'x'.repeat(6000)}`,
  'Bearer \u00e9\u00e9',
];

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

/** Larger than any endpoint's body limit (100 KiB). */
const HUGE_BODY_BYTES = 150 * 1024;

export type BodyVariant =
  | 'valid'
  | 'missing-field'
  | 'wrong-type'
  | 'null-field'
  | 'extra-field'
  | 'prototype-key'
  | 'nul-character'
  | 'lone-surrogate'
  | 'surrogate-key'
  | 'deep-nesting'
  | 'huge-body'
  | 'broken-json'
  | 'wrong-content-type'
  | 'not-an-object'
  | 'wrong-charset'
  | 'wrong-encoding';

export type QueryVariant =
  'valid' | 'missing-parameter' | 'wrong-type' | 'extra-parameter' | 'prototype-key' | 'hostile-text' | 'repeated' | 'bracketed';

export interface FuzzRequest {
  service: string;
  /** The documented operation, e.g. `POST /governments`. */
  operation: string;
  method: string;
  /** Path and query string, exactly as sent. */
  url: string;
  role: FuzzRole;
  headers: Record<string, string>;
  body?: string;
  /** The Authorization header to send instead of the role's token (the `malformed` role). */
  authorization?: string;
  /** What was broken, e.g. `body:missing-field` or `method:not-documented`. */
  variant: string;
  /** The field the refusal must name (a 400 whose `problems` do not name it is an unnamed problem). */
  expectedField?: string;
  /** Whether the operation writes (not GET/HEAD): such a request must never be accepted. */
  writes: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const READ_METHODS = new Set(['get', 'head']);
const UNDOCUMENTED_METHODS = ['put', 'patch', 'delete', 'post', 'get', 'options'];

const resolve = (document: OpenApiDocument, schema: SchemaObject): SchemaObject => {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = document.components?.schemas?.[name];
  if (target === undefined) throw new Error(`unresolved schema reference ${schema.$ref}`);
  return resolve(document, target);
};

/** Strings and numbers at the edges: empty, long, outside the BMP, right-to-left, SQL and markup; beyond int4, float, negative. */
const EDGE_STRINGS = [
  '',
  ' ',
  'x'.repeat(5000),
  '\u{1F600}\u{1F468}\u200D\u{1F469}',
  '\u202Eabc',
  '\uFEFFA05',
  "'; DROP TABLE x; --",
  '<b>x</b>',
  '%00',
];
const EDGE_NUMBERS = [0, -1, -0, 1.5, 2 ** 31, -(2 ** 31) - 1, 1e20, Number.MAX_SAFE_INTEGER + 2, 1e-7];

/** A value of the schema's type, built from the documented examples where there are some (they also pass the patterns). */
export const validValue = (document: OpenApiDocument, raw: SchemaObject): fc.Arbitrary<Json> => {
  const schema = resolve(document, raw);
  if (schema.enum !== undefined) return fc.constantFrom(...(schema.enum as Json[]));
  // The example most of the time (it passes the patterns the document does not show), an edge case of the type otherwise.
  const example = schema.example === undefined ? [] : [{ arbitrary: fc.constant(schema.example as Json), weight: 3 }];
  switch (schema.type) {
    case 'string':
      return fc.oneof(...example, fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...EDGE_STRINGS));
    case 'number':
    case 'integer':
      return fc.oneof(...example, fc.integer({ min: 1, max: 1000 }), fc.constantFrom(...EDGE_NUMBERS));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(document, schema.items ?? {}), { minLength: 1, maxLength: 3 });
    default: {
      const properties = Object.entries(schema.properties ?? {});
      const required = new Set(schema.required ?? []);
      return fc.record(
        Object.fromEntries(properties.map(([name, property]) => [name, validValue(document, property)])) as Record<
          string,
          fc.Arbitrary<Json>
        >,
        { requiredKeys: properties.map(([name]) => name).filter((name) => required.has(name)) },
      ) as fc.Arbitrary<Json>;
    }
  }
};

/** One place in a value: its path as the services name fields (`contacts[0].email`), its schema and whether it is required. */
interface Slot {
  path: string;
  segments: (string | number)[];
  schema: SchemaObject;
  required: boolean;
}

const fieldName = (parent: string, segment: string | number): string =>
  typeof segment === 'number' ? `${parent}[${segment}]` : parent === '' ? segment : `${parent}.${segment}`;

/** Every property present in the value (and every required one, present or not), depth first. */
const slotsOf = (document: OpenApiDocument, raw: SchemaObject, value: Json, parent: Slot | undefined = undefined): Slot[] => {
  const schema = resolve(document, raw);
  const path = parent?.path ?? '';
  const segments = parent?.segments ?? [];
  if (schema.type === 'array' && Array.isArray(value)) {
    return value.flatMap((item, index) =>
      slotsOf(document, schema.items ?? {}, item, {
        path: fieldName(path, index),
        segments: [...segments, index],
        schema: schema.items ?? {},
        required: true,
      }),
    );
  }
  if (schema.properties === undefined || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties)
    .filter(([name]) => name in value || required.has(name))
    .flatMap(([name, property]) => {
      const slot = {
        path: fieldName(path, name),
        segments: [...segments, name],
        schema: resolve(document, property),
        required: required.has(name),
      };
      return [slot, ...(name in value ? slotsOf(document, property, value[name]!, slot) : [])];
    });
};

const clone = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

/** The object holding the slot, and its key there. */
const holder = (root: Json, segments: (string | number)[]): { container: Record<string | number, Json>; key: string | number } => {
  let container = root as Record<string | number, Json>;
  for (const segment of segments.slice(0, -1)) container = container[segment] as Record<string | number, Json>;
  return { container, key: segments.at(-1)! };
};

/** Objects in the value, with their paths: where an unknown key can go. */
const objectsOf = (document: OpenApiDocument, raw: SchemaObject, value: Json): { path: string; segments: (string | number)[] }[] => [
  { path: '', segments: [] },
  ...slotsOf(document, raw, value)
    .filter((slot) => slot.schema.properties !== undefined)
    .map((slot) => ({ path: slot.path, segments: slot.segments })),
];

const objectAt = (root: Json, segments: (string | number)[]): Record<string, Json> =>
  segments.reduce<Json>((current, segment) => (current as Record<string | number, Json>)[segment]!, root) as Record<string, Json>;

/** A value of another JSON type than the schema's, that no implicit conversion turns into a valid one. */
const wrongTypeFor = (schema: SchemaObject): fc.Arbitrary<Json> => {
  switch (schema.type) {
    case 'string':
      return fc.constantFrom<Json>(42, true, {}, ['x'], { value: 'x' });
    case 'number':
    case 'integer':
      return fc.constantFrom<Json>('not a number', {}, { value: 1 }, 'NaN', ['one']);
    case 'boolean':
      return fc.constantFrom<Json>('maybe', {}, 7);
    case 'array':
      return fc.constantFrom<Json>('not a list', 3, { 0: 'x' });
    default:
      return fc.constantFrom<Json>('not an object', 5, [[]], true);
  }
};

const unknownKey = fc.stringMatching(/^[a-z][a-zA-Z]{2,10}$/).map((key) => `x${key}`);

interface BrokenBody {
  variant: BodyVariant;
  body?: string;
  contentType?: string;
  contentEncoding?: string;
  expectedField?: string;
}

const json = (value: Json): string => JSON.stringify(value);

/** A body of the operation's schema, broken in one way the service must refuse (or left valid: only for callers without a token). */
export const bodyFor = (document: OpenApiDocument, schema: SchemaObject, variants: readonly BodyVariant[]): fc.Arbitrary<BrokenBody> =>
  fc.tuple(validValue(document, schema), fc.constantFrom(...variants)).chain(([value, variant]): fc.Arbitrary<BrokenBody> => {
    const slots = slotsOf(document, schema, value);
    const present = slots.filter((slot) => {
      const { container, key } = holder(value, slot.segments);
      return key in container;
    });
    const strings = present.filter((slot) => slot.schema.type === 'string' && slot.schema.enum === undefined);
    const fallback = fc.constant<BrokenBody>({ variant: 'huge-body', body: json({ padding: 'x'.repeat(HUGE_BODY_BYTES) }) });
    switch (variant) {
      case 'valid':
        return fc.constant({ variant, body: json(value) });
      case 'missing-field': {
        const required = present.filter((slot) => slot.required);
        if (required.length === 0) return fallback;
        return fc.constantFrom(...required).map((slot) => {
          const copy = clone(value);
          const { container, key } = holder(copy, slot.segments);
          delete container[key];
          return { variant, body: json(copy), expectedField: slot.path };
        });
      }
      case 'wrong-type':
      case 'null-field': {
        // null passes an optional field (IsOptional): only a required one must refuse it.
        const candidates = variant === 'null-field' ? present.filter((slot) => slot.required && !slot.schema.nullable) : present;
        if (candidates.length === 0) return fallback;
        return fc.tuple(fc.constantFrom(...candidates), fc.nat()).chain(([slot]) =>
          (variant === 'null-field' ? fc.constant<Json>(null) : wrongTypeFor(slot.schema)).map((replacement) => {
            const copy = clone(value);
            const { container, key } = holder(copy, slot.segments);
            container[key] = replacement;
            return { variant, body: json(copy), expectedField: slot.path };
          }),
        );
      }
      case 'extra-field':
      case 'prototype-key':
      case 'surrogate-key':
        return fc
          .tuple(
            fc.constantFrom(...objectsOf(document, schema, value)),
            variant === 'extra-field'
              ? unknownKey
              : variant === 'prototype-key'
                ? fc.constantFrom(...PROTOTYPE_KEYS)
                : unknownKey.map((key) => `${key}\ud800`),
          )
          .map(([place, key]) => {
            const copy = clone(value);
            // defineProperty, so `__proto__` becomes an own key that JSON.stringify writes out.
            Object.defineProperty(objectAt(copy, place.segments), key, {
              value: 'x',
              enumerable: true,
              configurable: true,
              writable: true,
            });
            const field = fieldName(place.path, key);
            // The services name a key that is not well-formed Unicode with U+FFFD in its place.
            return { variant, body: json(copy), expectedField: variant === 'surrogate-key' ? field.replace(/\ud800/g, '\ufffd') : field };
          });
      case 'nul-character':
      case 'lone-surrogate': {
        if (strings.length === 0) return fallback;
        const bad = variant === 'nul-character' ? '\u0000' : '\udc01';
        return fc.constantFrom(...strings).map((slot) => {
          const copy = clone(value);
          const { container, key } = holder(copy, slot.segments);
          container[key] = `${String(container[key])}${bad}`;
          return { variant, body: json(copy), expectedField: slot.path };
        });
      }
      case 'deep-nesting':
        return fc.integer({ min: 33, max: 5000 }).map((depth) => ({
          variant,
          body: `{"${Object.keys(schema.properties ?? { a: 0 })[0] ?? 'a'}":${'['.repeat(depth)}${']'.repeat(depth)}}`,
        }));
      case 'huge-body':
        return fc.constant({ variant, body: json({ ...(value as object), padding: 'x'.repeat(HUGE_BODY_BYTES) }) });
      case 'broken-json': {
        const text = json(value);
        return fc.integer({ min: 1, max: text.length - 1 }).map((cut) => ({ variant, body: text.slice(0, cut) }));
      }
      case 'not-an-object':
        // The body in a list, or a JSON value that is no object at all.
        return fc.constantFrom(`[${json(value)}]`, '[]', '"x"', '42', 'null', 'true', '{}').map((body) => ({ variant, body }));
      case 'wrong-charset':
        // JSON is read as UTF-8 only: another charset is refused, or (UTF-16) decodes to text that is not JSON.
        return fc
          .constantFrom('application/json; charset=latin1', 'application/json; charset=utf-16', 'application/json; charset=x-unknown')
          .map((contentType) => ({ variant, body: json(value), contentType }));
      case 'wrong-encoding':
        // Claims a compression the plain body is not in (or one no parser knows).
        return fc
          .constantFrom('gzip', 'deflate', 'br', 'x-unknown', 'gzip, gzip')
          .map((encoding) => ({ variant, body: json(value), contentEncoding: encoding }));
      case 'wrong-content-type':
        // Only JSON is read: the DTO sees no body at all, so its required fields are missing.
        if ((resolve(document, schema).required ?? []).length === 0) return fallback;
        return fc
          .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x')
          .map((contentType) => ({ variant, body: json(value), contentType }));
    }
  });

const BROKEN_BODIES: BodyVariant[] = [
  'missing-field',
  'wrong-type',
  'null-field',
  'extra-field',
  'prototype-key',
  'nul-character',
  'lone-surrogate',
  'surrogate-key',
  'deep-nesting',
  'huge-body',
  'broken-json',
  'wrong-content-type',
  'not-an-object',
  'wrong-charset',
  'wrong-encoding',
];

interface BrokenQuery {
  variant: QueryVariant;
  query: string;
  expectedField?: string;
}

const encode = (pairs: [string, string][]): string =>
  pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');

const queryValue = (document: OpenApiDocument, parameter: ParameterObject): fc.Arbitrary<string> =>
  validValue(document, parameter.schema ?? { type: 'string' }).map(String);

/** A query string of the operation's parameters, valid or broken in one way. */
export const queryFor = (document: OpenApiDocument, parameters: ParameterObject[]): fc.Arbitrary<BrokenQuery> => {
  const inQuery = parameters.filter((parameter) => parameter.in === 'query');
  const valid = fc
    .tuple(...inQuery.map((parameter) => queryValue(document, parameter)))
    .map((values) => inQuery.map((parameter, index): [string, string] => [parameter.name, values[index]!]));
  const required = inQuery.filter((parameter) => parameter.required);
  const numeric = inQuery.filter((parameter) => parameter.schema?.type === 'number' || parameter.schema?.type === 'integer');
  const variants: QueryVariant[] = ['valid', 'extra-parameter', 'prototype-key', 'hostile-text'];
  if (inQuery.length > 0) variants.push('bracketed');
  if (required.length > 0) variants.push('missing-parameter');
  if (numeric.length > 0) variants.push('wrong-type', 'repeated');
  return fc.tuple(valid, fc.constantFrom(...variants), fc.nat()).chain(([pairs, variant, pick]): fc.Arbitrary<BrokenQuery> => {
    switch (variant) {
      case 'valid':
        return fc.constant({ variant, query: encode(pairs) });
      case 'missing-parameter': {
        const gone = required[pick % required.length]!.name;
        return fc.constant({ variant, query: encode(pairs.filter(([name]) => name !== gone)), expectedField: gone });
      }
      case 'wrong-type': {
        const target = numeric[pick % numeric.length]!.name;
        return fc.constantFrom('abc', '1.5', '-1', '1e400', '', '0x10', ' ').map((wrong) => ({
          variant,
          query: encode(pairs.map(([name, value]): [string, string] => [name, name === target ? wrong : value])),
          expectedField: target,
        }));
      }
      case 'repeated': {
        const target = numeric[pick % numeric.length]!.name;
        return fc.constant({ variant, query: `${encode(pairs)}&${encodeURIComponent(target)}=2`, expectedField: target });
      }
      case 'bracketed': {
        // Express 5 reads the query with the simple parser: the brackets stay part of the name, so the services refuse
        // it as an unknown parameter of that name (an extended parser would nest them into lists and objects instead).
        const target = inQuery[pick % inQuery.length]!.name;
        return fc
          .constantFrom('[]=1', '[a]=1', '[a][b][c]=1', '[__proto__]=1', '[0]=1&x[1]=2', '[constructor][prototype]=1')
          .map((suffix) => ({
            variant,
            query: [
              ...pairs.filter(([name]) => name !== target).map(([name, value]) => encode([[name, value]])),
              `${target}${suffix}`,
            ].join('&'),
            expectedField: `${target}${suffix.slice(0, suffix.indexOf('='))}`,
          }));
      }
      case 'extra-parameter':
        return unknownKey.map((key) => ({ variant, query: encode([...pairs, [key, '1']]), expectedField: key }));
      case 'prototype-key':
        return fc.constantFrom(...PROTOTYPE_KEYS).map((key) => ({ variant, query: `${encode(pairs)}&${key}=1`, expectedField: key }));
      case 'hostile-text':
        // Raw escapes: U+0000, a UTF-8 encoded surrogate (not valid UTF-8), a broken escape and a long value.
        return fc.constantFrom('%00', '%ED%A0%80', '%E0%A4%A', 'x'.repeat(4000), 'y'.repeat(20_000), '%FF%FE', '%C0%80').map((raw) => {
          const target = inQuery[pick % Math.max(1, inQuery.length)];
          const name = target?.name ?? 'q';
          return {
            variant,
            query: [...pairs.filter(([key]) => key !== name).map(([key, value]) => encode([[key, value]])), `${name}=a${raw}`].join('&'),
          };
        });
    }
  });
};

export interface ServiceDocument {
  service: string;
  document: OpenApiDocument;
}

const withQuery = (path: string, query: string): string => (query === '' ? path : `${path}?${query}`);

/** Requests to one documented operation: a broken or unauthorised write, or a read with a valid or broken query. */
const operationRequests = (service: string, document: OpenApiDocument, path: string, method: string, operation: OperationObject) => {
  const writes = !READ_METHODS.has(method);
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  const label = `${method.toUpperCase()} ${path}`;
  const base = { service, operation: label, method: method.toUpperCase(), writes };
  const query = queryFor(document, operation.parameters ?? []);
  const role = fc.constantFrom(...ROLES);
  const authorization = (who: FuzzRole) => (who === 'malformed' ? fc.constantFrom(...MALFORMED_AUTHORIZATIONS) : fc.constant(undefined));
  if (schema === undefined) {
    // No body to break: a write without one is only ever sent unauthenticated.
    return fc
      .tuple(writes ? fc.constantFrom(...UNAUTHENTICATED_ROLES) : role, query)
      .chain(([who, broken]) => authorization(who).map((header) => [who, broken, header] as const))
      .map(([who, broken, header]): FuzzRequest => ({
        ...base,
        url: withQuery(path, broken.query),
        role: who,
        authorization: header,
        headers: {},
        variant: `query:${broken.variant}`,
        expectedField: broken.expectedField,
      }));
  }
  return role.chain((who) =>
    fc
      .tuple(
        bodyFor(document, schema, UNAUTHENTICATED_ROLES.includes(who) ? ['valid', ...BROKEN_BODIES] : BROKEN_BODIES),
        authorization(who),
      )
      .map(([body, header]): FuzzRequest => ({
        ...base,
        url: path,
        role: who,
        authorization: header,
        headers: {
          ...(body.body === undefined ? {} : { 'content-type': body.contentType ?? 'application/json' }),
          ...(body.contentEncoding === undefined ? {} : { 'content-encoding': body.contentEncoding }),
        },
        body: body.body,
        variant: `body:${body.variant}`,
        expectedField: body.expectedField,
      })),
  );
};

/** A method the path does not document, or a path no service has: a 404 or 405 problem, never a write. */
const undocumentedRequests = (service: string, document: OpenApiDocument): fc.Arbitrary<FuzzRequest> =>
  fc
    .tuple(
      fc.constantFrom(...Object.keys(document.paths)),
      fc.constantFrom(...UNDOCUMENTED_METHODS),
      fc.constantFrom(...ROLES),
      fc.constantFrom('', '/x', '/../governments', '/%00', '/%ED%A0%80', '/%E0%A4%A'),
    )
    .filter(([path, method, , suffix]) => suffix !== '' || document.paths[path]![method] === undefined)
    .map(([path, method, role, suffix]): FuzzRequest => ({
      service,
      operation: `${method.toUpperCase()} ${path}${suffix}`,
      method: method.toUpperCase(),
      url: `${path}${suffix}`,
      role,
      headers: method === 'get' ? {} : { 'content-type': 'application/json' },
      body: method === 'get' ? undefined : '{}',
      variant: 'route:not-documented',
      writes: method !== 'get',
    }));

/** How often an operation is picked, against 1 for one without input: a body has the most ways to be wrong. */
const weightOf = (operation: OperationObject): number =>
  operation.requestBody !== undefined ? 8 : (operation.parameters ?? []).some((parameter) => parameter.in === 'query') ? 3 : 1;

/** Requests over every documented operation of every service, and undocumented methods and paths of each. */
export const fuzzRequests = (documents: ServiceDocument[]): fc.Arbitrary<FuzzRequest> =>
  fc.oneof(
    ...documents.flatMap(({ service, document }) => [
      ...Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, operation]) => ({
          arbitrary: operationRequests(service, document, path, method, operation),
          weight: weightOf(operation),
        })),
      ),
      { arbitrary: undocumentedRequests(service, document), weight: 2 },
    ]),
  );

/** The same requests for the same seed. */
export const sampleRequests = (documents: ServiceDocument[], seed: number, count: number): FuzzRequest[] =>
  fc.sample(fuzzRequests(documents), { seed, numRuns: count });
