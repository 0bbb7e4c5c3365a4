import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { EventValidationError } from '#contracts';
import { PermanentEventError } from './permanent-event.error.js';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { backoffDelays, classifyHandlerError, describeError, unavailableDelay } from './retry-policy.js';

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

  it('dead-letters a broken business rule at once, whichever use case refused the event', () => {
    expect(classifyHandlerError(new RuleViolation('periodCode: PJ9-INTERIM is not a reporting period'))).toBe('permanent-error');
    expect(classifyHandlerError(new NotFound('governmentCode: 99999 is not registered'))).toBe('permanent-error');
    expect(classifyHandlerError(new Conflict('already decided'))).toBe('permanent-error');
  });

  it('retries anything else', () => {
    expect(classifyHandlerError(new Error('connection reset'))).toBe('transient');
    expect(classifyHandlerError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe('transient');
    expect(
      classifyHandlerError(new QueryFailedError('SELECT 1', [], Object.assign(new Error('deadlock detected'), { code: '40P01' }))),
    ).toBe('transient');
    expect(classifyHandlerError('weird')).toBe('transient');
  });

  it('waits out an unavailable database or broker instead of counting it against the event', () => {
    const withCode = (code: string, message = 'failed'): Error => Object.assign(new Error(message), { code });
    for (const code of ['08006', '08001', '08P01', '57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'])
      expect([code, classifyHandlerError(withCode(code))]).toEqual([code, 'unavailable']);
    expect(classifyHandlerError(new Error('Connection terminated unexpectedly'))).toBe('unavailable');
    expect(classifyHandlerError(new Error('Connection terminated due to connection timeout'))).toBe('unavailable');
    // TypeORM wraps the driver's error; a pool connect failure can be an AggregateError of one per address.
    expect(
      classifyHandlerError(new QueryFailedError('INSERT', [], withCode('57P01', 'terminating connection due to administrator command'))),
    ).toBe('unavailable');
    expect(classifyHandlerError(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect failed'))).toBe(
      'unavailable',
    );
    expect(classifyHandlerError(new Error('outer', { cause: withCode('ECONNRESET') }))).toBe('unavailable');
    expect(
      classifyHandlerError(Object.assign(new Error('Connection with "default" is not set'), { name: 'ConnectionIsNotSetError' })),
    ).toBe('unavailable');
    // The server ended the session while the transaction was between queries: TypeORM released its connection.
    expect(classifyHandlerError(new QueryRunnerAlreadyReleasedError())).toBe('unavailable');
    expect(classifyHandlerError(new QueryRunnerProviderAlreadyReleasedError())).toBe('unavailable');
  });
});

describe('unavailableDelay', () => {
  it('doubles from 100 ms and stays at 5 s however long the outage', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 1_000].map((retry) => unavailableDelay(retry))).toEqual([100, 200, 400, 800, 1_600, 3_200, 5_000, 5_000]);
  });
});

describe('describeError', () => {
  it('names the error class', () => {
    expect(describeError(new PermanentEventError('no target'))).toBe('PermanentEventError: no target');
    expect(describeError({ status: 'error' })).toBe('{"status":"error"}');
  });
});
