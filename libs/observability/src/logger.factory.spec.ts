import { afterEach, describe, expect, it } from '@jest/globals';
import type { DestinationStream } from 'pino';
import { createLogger } from './logger.factory.js';
import { runWithContext } from './request-context.js';

const memory = (): { stream: DestinationStream; lines: Record<string, unknown>[] } => {
  const lines: Record<string, unknown>[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } };
};

describe('createLogger', () => {
  const originalLevel = process.env.LOG_LEVEL;
  afterEach(() => {
    if (originalLevel === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = originalLevel;
  });

  it('writes JSON with the service, level name and ISO time', () => {
    const { stream, lines } = memory();
    createLogger('reporting', stream).info({ reportId: 'r1' }, 'report submitted');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ service: 'reporting', level: 'info', msg: 'report submitted', reportId: 'r1' });
    expect(new Date(lines[0]?.time as string).toISOString()).toBe(lines[0]?.time);
    expect(lines[0]).not.toHaveProperty('correlationId');
  });

  it('adds the correlation and causation id of the current context', async () => {
    const { stream, lines } = memory();
    const logger = createLogger('notifications', stream);
    await runWithContext({ correlationId: 'corr-1', causationId: 'event-9' }, async () => {
      await Promise.resolve();
      logger.info('mail sent');
    });
    logger.info('outside');
    expect(lines[0]).toMatchObject({ msg: 'mail sent', correlationId: 'corr-1', causationId: 'event-9' });
    expect(lines[1]).not.toHaveProperty('correlationId');
  });

  it('never writes an authorization header', () => {
    const { stream, lines } = memory();
    createLogger('applications', stream).info({ req: { headers: { authorization: 'Bearer secret.token', accept: 'json' } } }, 'request');
    expect(JSON.stringify(lines[0])).not.toContain('secret.token');
    expect(lines[0]).toMatchObject({ req: { headers: { authorization: '[redacted]', accept: 'json' } } });
  });

  it('takes its level from LOG_LEVEL, info by default', () => {
    delete process.env.LOG_LEVEL;
    expect(createLogger('budgeting', memory().stream).level).toBe('info');
    process.env.LOG_LEVEL = 'warn';
    const { stream, lines } = memory();
    const logger = createLogger('budgeting', stream);
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((line) => line.msg)).toEqual(['shown']);
  });
});
