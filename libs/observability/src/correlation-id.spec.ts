import { describe, expect, it } from '@jest/globals';
import { correlationIdFrom, isValidCorrelationId } from './correlation-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('correlation id', () => {
  it.each(['a', 'req-42', 'trace_01.span:7', 'ABC-def', 'x'.repeat(100)])('accepts %s', (value) => {
    expect(isValidCorrelationId(value)).toBe(true);
    expect(correlationIdFrom(value)).toBe(value);
  });

  it.each(['', 'x'.repeat(101), 'has space', 'semi;colon', 'new\nline', 'ünïcode', '<script>'])(
    'replaces %j with a fresh uuid',
    (value) => {
      expect(isValidCorrelationId(value)).toBe(false);
      expect(correlationIdFrom(value)).toMatch(UUID);
    },
  );

  it('makes a fresh one when the header is missing, and a different one each time', () => {
    const first = correlationIdFrom(undefined);
    expect(first).toMatch(UUID);
    expect(correlationIdFrom(undefined)).not.toBe(first);
  });

  it('takes the first value of a repeated header', () => {
    expect(correlationIdFrom(['first-id', 'second-id'])).toBe('first-id');
  });
});
