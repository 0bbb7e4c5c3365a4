import { EventValidationError } from '#contracts';
import type { RetryOptions } from './messaging-options.js';
import { PermanentEventError } from './permanent-event.error.js';

export const DEFAULT_RETRY: Required<RetryOptions> = { attempts: 5, initialDelayMs: 100, maxDelayMs: 5_000 };

/** Waits between attempts: initial delay doubling, capped; one fewer than the attempts. */
export const backoffDelays = (options: RetryOptions = {}): number[] => {
  const { attempts, initialDelayMs, maxDelayMs } = { ...DEFAULT_RETRY, ...options };
  return Array.from({ length: Math.max(0, attempts - 1) }, (_, index) => Math.min(maxDelayMs, initialDelayMs * 2 ** index));
};

export type DeadLetterReason =
  | 'invalid-envelope'
  | 'unknown-event-type'
  | 'unhandled-event-type'
  | 'invalid-payload'
  | 'permanent-error'
  | 'retries-exhausted';

/** Errors retrying cannot fix go to the dead-letter topic at once; anything else may be transient. */
export const classifyHandlerError = (error: unknown): 'permanent-error' | 'invalid-payload' | 'transient' => {
  if (error instanceof PermanentEventError) return 'permanent-error';
  // A handler that builds an invalid event (for the outbox) will do so again on every attempt.
  if (error instanceof EventValidationError) return 'invalid-payload';
  return 'transient';
};

export const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
