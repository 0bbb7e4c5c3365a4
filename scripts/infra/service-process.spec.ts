import { describe, expect, it } from '@jest/globals';
import { summariseLogLine } from './service-process.js';

describe('service log summaries', () => {
  it('turns a pino line into time, level, message and short fields', () => {
    const line = JSON.stringify({
      level: 30,
      time: Date.UTC(2026, 2, 31, 7, 5, 9, 42),
      pid: 1,
      hostname: 'h',
      service: 'reporting',
      msg: 'report submitted',
      correlationId: 'c-1',
      nested: { a: 1 },
    });
    expect(summariseLogLine(line)).toBe('07:05:09.042 INFO  report submitted correlationId=c-1');
  });

  it('names the error and the Nest context', () => {
    const line = JSON.stringify({
      level: 50,
      time: 0,
      context: 'KafkaEventTransport',
      msg: 'dead-lettered',
      err: { type: 'PermanentEventError', message: 'refused', stack: '...' },
    });
    expect(summariseLogLine(line)).toBe('00:00:00.000 ERROR [KafkaEventTransport] dead-lettered PermanentEventError: refused');
  });

  it('reads string levels and ISO times, and the first line of a bare stack', () => {
    const line = JSON.stringify({
      level: 'error',
      time: '2026-11-24T21:17:10.080Z',
      context: 'TypeOrmModule',
      msg: 'Unable to connect',
      stack: 'error: database "x" does not exist\n    at parse',
    });
    expect(summariseLogLine(line)).toBe('21:17:10.080 ERROR [TypeOrmModule] Unable to connect (error: database "x" does not exist)');
  });

  it('leaves everything else alone', () => {
    expect(summariseLogLine('    at Object.<anonymous> (file.js:1:1)')).toBe('    at Object.<anonymous> (file.js:1:1)');
    expect(summariseLogLine('{not json')).toBe('{not json');
    expect(summariseLogLine('{"a":1}')).toBe('{"a":1}');
  });
});
