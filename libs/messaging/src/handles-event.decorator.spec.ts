import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { PATTERN_METADATA } from '@nestjs/microservices/constants.js';
import { reportSubmittedV1 } from '#contracts';
import { HandlerFailure, HandlesEvent } from './handles-event.decorator.js';
import { PermanentEventError } from './permanent-event.error.js';

class Consumer {
  @HandlesEvent(reportSubmittedV1)
  async onReport(fail: boolean): Promise<string> {
    if (fail) throw new PermanentEventError('no target');
    return 'done';
  }
}

describe('HandlesEvent', () => {
  it('registers the handler under "<type>.v<version>"', () => {
    expect(Reflect.getMetadata(PATTERN_METADATA, Consumer.prototype.onReport)).toEqual([`${reportSubmittedV1.type}.v1`]);
  });

  it('passes results through and carries the original error past Nest', async () => {
    const consumer = new Consumer();
    await expect(consumer.onReport(false)).resolves.toBe('done');
    const failure = await consumer.onReport(true).catch((error: unknown) => error);
    expect((failure as { getError(): unknown }).getError()).toBeInstanceOf(HandlerFailure);
    expect(((failure as { getError(): HandlerFailure }).getError().cause as Error).message).toBe('no target');
  });
});
