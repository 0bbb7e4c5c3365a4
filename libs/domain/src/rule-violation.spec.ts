import { describe, expect, it } from '@jest/globals';
import { Conflict, RuleViolation } from './rule-violation.js';

describe('RuleViolation', () => {
  it('carries every problem at once, and its message joins them with their fields', () => {
    const violation = RuleViolation.of([
      { field: 'lines[2].priority', problem: 'priority 1 is already given to lines[0]' },
      { field: 'iban', problem: 'the IBAN is missing' },
    ]);
    expect(violation.status).toBe(400);
    expect(violation.message).toBe('lines[2].priority: priority 1 is already given to lines[0]; iban: the IBAN is missing');
    expect(violation.problems).toHaveLength(2);
  });

  it('names one field as a problem too, with the message as before', () => {
    const violation = RuleViolation.at('callId', 'the call is closed');
    expect(violation.message).toBe('callId: the call is closed');
    expect(violation.problems).toEqual([{ field: 'callId', problem: 'the call is closed' }]);
    expect(new Conflict('a 409 carries its message alone').problems).toEqual([]);
  });
});
