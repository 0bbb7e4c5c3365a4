import { describe, expect, it } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { ProblemDetailsFilter } from './problem-details.filter.js';

/** What the filter answered: the one response it writes, with its status and content type. */
const answer = (violation: RuleViolation): { status: number; type: string; body: unknown } => {
  const replies: { status: number; type: string; body: unknown }[] = [];
  const reply = { status: 0, type: '' };
  const response = {
    headersSent: false,
    status: (status: number) => Object.assign(reply, { status }) && response,
    type: (type: string) => Object.assign(reply, { type }) && response,
    json: (body: unknown) => replies.push({ ...reply, body }),
  };
  const host = {
    getArgByIndex: () => ({}),
    getArgs: () => [{}, response],
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({}) }),
  };
  new ProblemDetailsFilter().catch(violation, host as unknown as ArgumentsHost);
  return replies[0]!;
};

describe('ProblemDetailsFilter, for a use case that refused the command', () => {
  it('answers a broken rule with 400 and its own message, as a problem document', () => {
    const detail = 'periodCode: PJ9-INTERIM is not a reporting period of Plan Samenleven';
    expect(answer(new RuleViolation(detail))).toEqual({
      status: 400,
      type: 'application/problem+json',
      body: { type: 'about:blank', title: 'Bad Request', status: 400, detail, message: detail },
    });
  });

  it('answers an unknown subject with 404 and a conflict with the current state with 409', () => {
    expect(answer(new NotFound('governmentCode: local government 99999 is not registered'))).toMatchObject({
      status: 404,
      body: { message: 'governmentCode: local government 99999 is not registered' },
    });
    expect(answer(new Conflict('local government 44021 already has a decision for project year 1'))).toMatchObject({
      status: 409,
      body: { title: 'Conflict', status: 409 },
    });
  });

  it('lists every problem of a violation that carries several, each naming its field', () => {
    const problems = [
      { field: 'lines[2].additionalReach', problem: 'must be a whole number from 0 to 1500' },
      { field: 'iban', problem: 'BE00 0000 0000 0000 is not a valid Belgian IBAN' },
    ];
    expect(answer(RuleViolation.of(problems))).toMatchObject({
      status: 400,
      body: {
        detail: 'lines[2].additionalReach: must be a whole number from 0 to 1500; iban: BE00 0000 0000 0000 is not a valid Belgian IBAN',
        problems,
      },
    });
  });
});
