import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

/** class-validator does not export the type of its metadata records. */
type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** The JSON Schema subset the event documentation needs (AsyncAPI schemas are a superset of draft-07). */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  description?: string;
  $ref?: string;
  oneOf?: JsonSchema[];
}

export type PayloadClass = new () => object;

/** Payload schema by class name, nested classes included, each referenced as `<refPrefix><ClassName>`. */
export type SchemaSet = Map<string, JsonSchema>;

/** Thrown for a validator the generator does not know: better no document than a wrong one. */
export class UnsupportedValidatorError extends Error {
  override readonly name = 'UnsupportedValidatorError';
}

const number = (value: unknown): number => Number(value);

/** Applies one class-validator constraint to the schema of a value (the property itself, or each item). */
const applyConstraint = (schema: JsonSchema, metadata: ValidationMetadata, where: string): void => {
  const [first] = metadata.constraints ?? [];
  switch (metadata.name) {
    case 'isString':
      schema.type = 'string';
      return;
    case 'isInt':
      schema.type = 'integer';
      return;
    case 'isNumber':
      schema.type = 'number';
      return;
    case 'isBoolean':
      schema.type = 'boolean';
      return;
    case 'isEmail':
      Object.assign(schema, { type: 'string', format: 'email' });
      return;
    case 'isUuid':
      Object.assign(schema, { type: 'string', format: 'uuid' });
      return;
    case 'isIso8601':
      Object.assign(schema, { type: 'string', format: 'date-time' });
      return;
    case 'matches': {
      if (!(first instanceof RegExp) && typeof first !== 'string')
        throw new UnsupportedValidatorError(`${where}: @Matches without a pattern`);
      const pattern = first instanceof RegExp ? first : new RegExp(first);
      // JSON Schema patterns carry no flags; a case-insensitive pattern would be documented too strictly.
      if (pattern.flags.replace('u', '') !== '') throw new UnsupportedValidatorError(`${where}: @Matches with flags /${pattern.flags}`);
      Object.assign(schema, { type: 'string', pattern: pattern.source });
      return;
    }
    case 'isIn': {
      const values = [...(first as readonly unknown[])];
      schema.enum = values;
      if (values.every((value) => typeof value === 'string')) schema.type = 'string';
      return;
    }
    case 'min':
      schema.minimum = number(first);
      return;
    case 'max':
      schema.maximum = number(first);
      return;
    case 'minLength':
      schema.minLength = number(first);
      return;
    case 'maxLength':
      schema.maxLength = number(first);
      return;
    case 'isNotEmpty':
      schema.minLength = Math.max(schema.minLength ?? 0, 1);
      return;
    case 'arrayMinSize':
      Object.assign(schema, { type: 'array', minItems: number(first) });
      return;
    case 'arrayMaxSize':
      Object.assign(schema, { type: 'array', maxItems: number(first) });
      return;
    case 'isArray':
      schema.type = 'array';
      return;
    case 'isObject':
      // Nested payload classes document themselves through their $ref.
      if (schema.$ref === undefined) schema.type = 'object';
      return;
    default:
      throw new UnsupportedValidatorError(
        `${where}: validator ${metadata.name ?? metadata.type} is not supported by the event docs generator`,
      );
  }
};

const nullable = (schema: JsonSchema): void => {
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  else if (schema.$ref !== undefined) {
    schema.oneOf = [{ $ref: schema.$ref }, { type: 'null' }];
    delete schema.$ref;
  }
  if (schema.enum !== undefined) schema.enum = [...schema.enum, null];
};

const propertySchema = (
  target: PayloadClass,
  property: string,
  rules: ValidationMetadata[],
  refPrefix: string,
  collect: (cls: PayloadClass) => void,
): { schema: JsonSchema; required: boolean } => {
  const where = `${target.name}.${property}`;
  const schema: JsonSchema = {};
  const itemSchema: JsonSchema = {};
  let required = true;
  let acceptsNull = false;
  for (const rule of rules) {
    if (rule.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      // @IsOptional skips null and undefined; a @ValidateIf that skips null makes the field nullable but required.
      if (rule.name === 'isOptional') {
        required = false;
        acceptsNull = true;
      } else if (
        rule.constraints?.[0] instanceof Function &&
        (rule.constraints[0] as (object: object, value: unknown) => boolean)({}, null) === false
      ) {
        acceptsNull = true;
      } else {
        throw new UnsupportedValidatorError(`${where}: a @ValidateIf other than "skip when null" cannot be documented`);
      }
    } else if (rule.type === ValidationTypes.NESTED_VALIDATION) {
      const nested = defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction();
      if (typeof nested !== 'function') throw new UnsupportedValidatorError(`${where}: @ValidateNested needs @Type(() => Class)`);
      collect(nested as PayloadClass);
      const reference = { $ref: `${refPrefix}${nested.name}` };
      if (rule.each) {
        schema.type = 'array';
        Object.assign(itemSchema, reference);
      } else {
        Object.assign(schema, reference);
      }
    } else if (rule.type === ValidationTypes.CUSTOM_VALIDATION) {
      applyConstraint(rule.each ? itemSchema : schema, rule, where);
      if (rule.each) schema.type = 'array';
    } else if (rule.type !== ValidationTypes.WHITELIST && rule.type !== ValidationTypes.IS_DEFINED) {
      throw new UnsupportedValidatorError(`${where}: validation type ${rule.type} is not supported`);
    }
  }
  if (Object.keys(itemSchema).length > 0) schema.items = itemSchema;
  if (acceptsNull) nullable(schema);
  return { schema, required };
};

/**
 * JSON Schemas of a payload class and every class nested in it, derived from the same class-validator
 * decorators that validate events at runtime, so the document cannot drift from what is enforced.
 * Objects are closed (`additionalProperties: false`): payloads are validated with forbidNonWhitelisted.
 */
export const payloadSchemas = (root: PayloadClass, refPrefix = '#/components/schemas/', into: SchemaSet = new Map()): SchemaSet => {
  const visit = (target: PayloadClass): void => {
    if (into.has(target.name)) return;
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const schema: JsonSchema = { type: 'object', properties, additionalProperties: false };
    into.set(target.name, schema);
    const metadata = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
    for (const [property, rules] of Object.entries(getMetadataStorage().groupByPropertyName(metadata))) {
      const described = propertySchema(target, property, rules, refPrefix, visit);
      properties[property] = described.schema;
      if (described.required) required.push(property);
    }
    if (required.length > 0) schema.required = required;
  };
  visit(root);
  return into;
};
