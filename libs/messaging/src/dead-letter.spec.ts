import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { deadLetterHeaders, headerText, stripDeadLetterHeaders, summarizeDeadLetter } from './dead-letter.js';

const failedAt = new Date('2025-11-22T10:00:00.000Z');
const details = { reason: 'permanent-error' as const, error: 'PermanentEventError: no target', topic: 'p.samenleven.reporting.v1', partition: 3, offset: '42', group: 'notifications', failedAt };

describe('deadLetterHeaders', () => {
  it('keeps the original headers and adds why, where from and when', () => {
    const headers = deadLetterHeaders({ 'event-id': Buffer.from('e1'), 'event-type': 'report-submitted' }, details);
    expect(headers).toEqual({
      'event-id': Buffer.from('e1'),
      'event-type': 'report-submitted',
      'dlt-reason': 'permanent-error',
      'dlt-error': 'PermanentEventError: no target',
      'dlt-original-topic': 'p.samenleven.reporting.v1',
      'dlt-original-partition': '3',
      'dlt-original-offset': '42',
      'dlt-consumer-group': 'notifications',
      'dlt-failed-at': '2025-11-22T10:00:00.000Z',
    });
  });

  it('replaces the dead-letter headers of a replayed message that fails again', () => {
    const first = deadLetterHeaders({ 'event-id': 'e1' }, details);
    const second = deadLetterHeaders(first, { ...details, reason: 'retries-exhausted', offset: '99' });
    expect(second['dlt-reason']).toBe('retries-exhausted');
    expect(second['dlt-original-offset']).toBe('99');
    expect(stripDeadLetterHeaders(second)).toEqual({ 'event-id': 'e1' });
  });

  it('truncates a huge error text', () => {
    const headers = deadLetterHeaders(undefined, { ...details, error: 'x'.repeat(10_000) });
    expect(headerText(headers, 'dlt-error')?.length).toBe(2_001);
  });
});

describe('summarizeDeadLetter', () => {
  it('reads the headers', () => {
    const headers = deadLetterHeaders({ 'event-id': Buffer.from('e1'), 'event-type': Buffer.from('report-submitted'), 'event-version': Buffer.from('1') }, details);
    expect(summarizeDeadLetter({ headers, value: null })).toEqual({
      reason: 'permanent-error',
      error: 'PermanentEventError: no target',
      eventType: 'report-submitted.v1',
      eventId: 'e1',
      originalTopic: 'p.samenleven.reporting.v1',
      originalPartition: 3,
      originalOffset: '42',
      consumerGroup: 'notifications',
      failedAt: '2025-11-22T10:00:00.000Z',
    });
  });

  it('falls back to the value for messages produced without event headers', () => {
    const value = Buffer.from(JSON.stringify({ eventId: 'e2', type: 'mystery', version: 2 }));
    const summary = summarizeDeadLetter({ headers: deadLetterHeaders({}, details), value });
    expect([summary.eventId, summary.eventType]).toEqual(['e2', 'mystery.v2']);
    expect(summarizeDeadLetter({ value: Buffer.from('not json') })).toMatchObject({ eventId: '?', eventType: '?', reason: '?' });
  });
});
