import { EventValidationError } from '#contracts';
import { RuleViolation } from '#domain';
import type { RetryOptions } from './messaging-options.js';
import { PermanentEventError } from './permanent-event.error.js';

export const DEFAULT_RETRY: Required<RetryOptions> = { attempts: 5, initialDelayMs: 100, maxDelayMs: 5_000 };

/** Waits between attempts: initial delay doubling, capped; one fewer than the attempts. */
export const backoffDelays = (options: RetryOptions = {}): number[] => {
  const { attempts, initialDelayMs, maxDelayMs } = { ...DEFAULT_RETRY, ...options };
  return Array.from({ length: Math.max(0, attempts - 1) }, (_, index) => Math.min(maxDelayMs, initialDelayMs * 2 ** index));
};

export type DeadLetterReason =
  'invalid-envelope' | 'unknown-event-type' | 'unhandled-event-type' | 'invalid-payload' | 'permanent-error' | 'retries-exhausted';

/** Waits while the database (or broker) is unavailable: 100 ms doubling up to 5 s, for as long as it takes. */
export const UNAVAILABLE_BACKOFF = { initialDelayMs: 100, maxDelayMs: 5_000 } as const;

/** The wait before retry number `retry` (0-based) of an unavailable dependency. */
export const unavailableDelay = (retry: number, { initialDelayMs, maxDelayMs } = UNAVAILABLE_BACKOFF): number =>
  Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(retry, 30));

/** SQLSTATE 08* (connection exception), admin/crash shutdown, cannot connect now, too many connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * TypeORM's "not connected" errors, its "already released" ones (a transaction whose connection the server
 * ended between two queries: TypeORM released it on the 'error' event) and kafkajs' connection errors.
 */
const UNAVAILABLE_NAMES = new Set([
  'ConnectionIsNotSetError',
  'CannotExecuteNotConnectedError',
  'CannotGetEntityManagerNotConnectedError',
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSNoBrokerAvailableError',
]);
const UNAVAILABLE_MESSAGES = new RegExp(
  [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error',
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
  ].join('|'),
  'i',
);

const unavailableCode = (code: unknown): boolean =>
  typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code));

/**
 * Whether the error says the database (or broker) cannot be reached right now, rather than anything
 * about the event: pg/TypeORM connection errors, also wrapped (driverError, cause, AggregateError).
 */
export const isUnavailableError = (error: unknown, depth = 0): boolean => {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const candidate = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (unavailableCode(candidate.code)) return true;
  if (typeof candidate.name === 'string' && UNAVAILABLE_NAMES.has(candidate.name)) return true;
  if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
  const nested = [candidate.driverError, candidate.cause, ...(Array.isArray(candidate.errors) ? (candidate.errors as unknown[]) : [])];
  return nested.some((inner) => inner !== error && isUnavailableError(inner, depth + 1));
};

export type HandlerErrorKind = 'permanent-error' | 'invalid-payload' | 'unavailable' | 'transient';

/**
 * Errors retrying cannot fix go to the dead-letter topic at once; an unavailable database is waited
 * out (it says nothing about the event); anything else may be transient and gets bounded retries.
 */
export const classifyHandlerError = (error: unknown): HandlerErrorKind => {
  // A broken business rule is broken on every attempt, whoever sent the command.
  if (error instanceof PermanentEventError || error instanceof RuleViolation) return 'permanent-error';
  // A handler that builds an invalid event (for the outbox) will do so again on every attempt.
  if (error instanceof EventValidationError) return 'invalid-payload';
  if (isUnavailableError(error)) return 'unavailable';
  return 'transient';
};

export const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
