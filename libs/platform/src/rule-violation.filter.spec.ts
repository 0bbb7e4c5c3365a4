import { describe, expect, it } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { RuleViolationFilter } from './rule-violation.filter.js';

/** What the filter answered: the HTTP adapter's reply is the one thing it writes. */
const answer = (violation: RuleViolation): { status: number; body: unknown } => {
  const replies: { status: number; body: unknown }[] = [];
  const adapter = {
    reply: (_response: unknown, body: unknown, status: number) => replies.push({ status, body }),
    isHeadersSent: () => false,
  };
  const host = {
    getArgByIndex: () => ({}),
    getArgs: () => [{}, {}],
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => ({}), getRequest: () => ({}) }),
  };
  new RuleViolationFilter(adapter as never).catch(violation, host as unknown as ArgumentsHost);
  return replies[0]!;
};

describe('RuleViolationFilter', () => {
  it('answers a broken rule with 400 and its own message', () => {
    expect(answer(new RuleViolation('periodCode: PJ9-INTERIM is not a reporting period of Plan Samenleven'))).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'periodCode: PJ9-INTERIM is not a reporting period of Plan Samenleven' },
    });
  });

  it('answers an unknown subject with 404 and a conflict with the current state with 409', () => {
    expect(answer(new NotFound('governmentCode: local government 99999 is not registered'))).toMatchObject({
      status: 404,
      body: { message: 'governmentCode: local government 99999 is not registered' },
    });
    expect(answer(new Conflict('local government 44021 already has a decision for project year 1'))).toMatchObject({
      status: 409,
      body: { error: 'Conflict' },
    });
  });
});
