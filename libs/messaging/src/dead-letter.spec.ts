import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { deadLetterHeaders, headerText, selectForReplay, stripDeadLetterHeaders, summarizeDeadLetter } from './dead-letter.js';

const failedAt = new Date('2025-11-22T10:00:00.000Z');
const details = {
  reason: 'permanent-error' as const,
  error: 'PermanentEventError: no target',
  topic: 'p.samenleven.reporting.v1',
  partition: 3,
  offset: '42',
  group: 'notifications',
  failedAt,
};

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
    const headers = deadLetterHeaders(
      { 'event-id': Buffer.from('e1'), 'event-type': Buffer.from('report-submitted'), 'event-version': Buffer.from('1') },
      details,
    );
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

describe('selectForReplay', () => {
  const letter = (partition: number, offset: string, eventId: string, failedAt: string) => ({ partition, offset, eventId, failedAt });
  const letters = [
    letter(0, '0', 'e1', '2025-11-22T10:00:00.000Z'),
    letter(0, '1', '?', '2025-11-22T10:00:01.000Z'),
    letter(1, '0', 'e2', '2025-11-22T10:00:02.000Z'),
    letter(0, '2', 'e1', '2025-11-22T10:05:00.000Z'),
    letter(0, '3', 'e1', '2025-11-22T10:05:00.000Z'),
  ];

  it('replays only the latest letter of each event and skips letters without an event id', () => {
    const { chosen, superseded, withoutEventId } = selectForReplay(letters);
    expect(chosen).toEqual([letters[2], letters[4]]);
    expect(superseded).toEqual([letters[0], letters[3]]);
    expect(withoutEventId).toEqual([letters[1]]);
  });

  it('replays the latest letter of the named event only', () => {
    expect(selectForReplay(letters, 'e1')).toEqual({ chosen: [letters[4]], superseded: [letters[0], letters[3]], withoutEventId: [] });
    expect(selectForReplay(letters, 'e3').chosen).toEqual([]);
  });
});
