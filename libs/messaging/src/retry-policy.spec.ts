import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { EventValidationError } from '#contracts';
import { PermanentEventError } from './permanent-event.error.js';
import { backoffDelays, classifyHandlerError, describeError } from './retry-policy.js';

describe('backoffDelays', () => {
  it('waits 100 ms doubling between five attempts by default', () => {
    expect(backoffDelays()).toEqual([100, 200, 400, 800]);
  });

  it('caps each wait and follows the configured attempts', () => {
    expect(backoffDelays({ attempts: 6, initialDelayMs: 1_000, maxDelayMs: 5_000 })).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
    expect(backoffDelays({ attempts: 1 })).toEqual([]);
    expect(backoffDelays({ attempts: 0 })).toEqual([]);
  });
});

describe('classifyHandlerError', () => {
  it('never retries a permanent error or an invalid event', () => {
    expect(classifyHandlerError(new PermanentEventError('no target'))).toBe('permanent-error');
    expect(classifyHandlerError(new EventValidationError('invalid payload', ['x: must be a string']))).toBe('invalid-payload');
  });

  it('retries anything else', () => {
    expect(classifyHandlerError(new Error('connection reset'))).toBe('transient');
    expect(classifyHandlerError('weird')).toBe('transient');
  });
});

describe('describeError', () => {
  it('names the error class', () => {
    expect(describeError(new PermanentEventError('no target'))).toBe('PermanentEventError: no target');
    expect(describeError({ status: 'error' })).toBe('{"status":"error"}');
  });
});
