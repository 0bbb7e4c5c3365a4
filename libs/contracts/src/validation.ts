import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { EventDefinition } from './event-definition.js';
import type { EventEnvelope } from './event-envelope.js';

/** Thrown when an event does not match its contract; never worth retrying. */
export class EventValidationError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(`${message}: ${problems.join('; ')}`);
    this.name = 'EventValidationError';
  }
}

const flatten = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) => `${path}: ${text}`);
    return [...own, ...flatten(error.children ?? [], path)];
  });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the envelope fields every event must carry; the payload is checked against its definition separately. */
export const parseEnvelope = (raw: unknown): EventEnvelope<unknown> => {
  if (!isRecord(raw)) throw new EventValidationError('event is not a JSON object', ['(root): expected an object']);
  const problems: string[] = [];
  const requireString = (field: string): void => {
    if (typeof raw[field] !== 'string' || raw[field] === '') problems.push(`${field}: must be a non-empty string`);
  };
  ['eventId', 'type', 'occurredAt', 'producer', 'correlationId', 'key'].forEach(requireString);
  if (typeof raw.eventId === 'string' && !UUID.test(raw.eventId)) problems.push('eventId: must be a UUID');
  if (!Number.isInteger(raw.version) || (raw.version as number) < 1) problems.push('version: must be a positive integer');
  if (typeof raw.occurredAt === 'string' && Number.isNaN(Date.parse(raw.occurredAt)))
    problems.push('occurredAt: must be an ISO-8601 timestamp');
  if (raw.causationId !== null && typeof raw.causationId !== 'string') problems.push('causationId: must be a string or null');
  if (!isRecord(raw.payload)) problems.push('payload: must be an object');
  if (problems.length > 0) throw new EventValidationError('invalid event envelope', problems);
  return raw as unknown as EventEnvelope<unknown>;
};

/** Validates a payload against its definition and returns it as an instance of the payload class. */
export const validatePayload = <P extends object>(definition: EventDefinition<P>, payload: unknown): P => {
  if (!isRecord(payload))
    throw new EventValidationError(`invalid ${definition.type} v${definition.version} payload`, ['payload: must be an object']);
  const instance = plainToInstance(definition.payloadClass, payload);
  const problems = flatten(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }));
  if (problems.length > 0) throw new EventValidationError(`invalid ${definition.type} v${definition.version} payload`, problems);
  return instance;
};
