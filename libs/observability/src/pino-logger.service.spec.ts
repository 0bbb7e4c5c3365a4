import { describe, expect, it } from '@jest/globals';
import type { DestinationStream } from 'pino';
import { createLogger } from './logger.factory.js';
import { PinoLoggerService } from './pino-logger.service.js';

const capture = (): { service: PinoLoggerService; lines: Record<string, unknown>[] } => {
  const lines: Record<string, unknown>[] = [];
  const stream: DestinationStream = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
  const previous = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'trace';
  const service = new PinoLoggerService(createLogger('reporting', stream));
  if (previous === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = previous;
  return { service, lines };
};

describe('PinoLoggerService', () => {
  it("maps Nest's context argument to a field", () => {
    const { service, lines } = capture();
    service.log('Mapped {/reports, POST} route', 'RouterExplorer');
    service.warn('slow consumer');
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'Mapped {/reports, POST} route', context: 'RouterExplorer' });
    expect(lines[1]).toMatchObject({ level: 'warn', msg: 'slow consumer' });
    expect(lines[1]).not.toHaveProperty('context');
  });

  it('maps every Nest level onto a pino level', () => {
    const { service, lines } = capture();
    service.debug('d', 'Ctx');
    service.verbose('v', 'Ctx');
    service.fatal('f', 'Ctx');
    expect(lines.map((line) => [line.level, line.msg, line.context])).toEqual([
      ['debug', 'd', 'Ctx'],
      ['trace', 'v', 'Ctx'],
      ['fatal', 'f', 'Ctx'],
    ]);
  });

  it('keeps the stack of an error, whether given as text or as an Error', () => {
    const { service, lines } = capture();
    const failure = new Error('connection refused');
    service.error('relay failed', failure.stack, 'OutboxRelay');
    service.error('lone stack', failure.stack);
    service.error(failure, 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'relay failed', context: 'OutboxRelay' });
    expect(lines[0]?.stack).toContain('connection refused');
    expect(lines[1]).toMatchObject({ msg: 'lone stack' });
    expect(lines[1]).not.toHaveProperty('context');
    expect(lines[1]?.stack).toContain('at ');
    expect(lines[2]).toMatchObject({
      msg: 'connection refused',
      context: 'ExceptionsHandler',
      err: { type: 'Error', message: 'connection refused' },
    });
  });

  it('turns an object message into fields', () => {
    const { service, lines } = capture();
    service.log({ msg: 'relay published', count: 3 }, 'OutboxRelay');
    expect(lines[0]).toMatchObject({ msg: 'relay published', count: 3, context: 'OutboxRelay' });
  });
});
