import type { IHeaders } from 'kafkajs';
import { EVENT_HEADERS } from '#contracts';
import type { DeadLetterReason } from './retry-policy.js';

export const DLT_HEADERS = {
  reason: 'dlt-reason',
  error: 'dlt-error',
  originalTopic: 'dlt-original-topic',
  originalPartition: 'dlt-original-partition',
  originalOffset: 'dlt-original-offset',
  consumerGroup: 'dlt-consumer-group',
  failedAt: 'dlt-failed-at',
} as const;

const MAX_ERROR_LENGTH = 2_000;

export interface DeadLetterDetails {
  reason: DeadLetterReason;
  error: string;
  topic: string;
  partition: number;
  offset: string;
  group: string;
  failedAt: Date;
}

/** Original headers without any dead-letter headers (a replayed message that fails again gets fresh ones). */
export const stripDeadLetterHeaders = (headers: IHeaders | undefined): IHeaders =>
  Object.fromEntries(Object.entries(headers ?? {}).filter(([name, value]) => !name.startsWith('dlt-') && value !== undefined));

export const deadLetterHeaders = (original: IHeaders | undefined, details: DeadLetterDetails): IHeaders => ({
  ...stripDeadLetterHeaders(original),
  [DLT_HEADERS.reason]: details.reason,
  [DLT_HEADERS.error]: details.error.length > MAX_ERROR_LENGTH ? `${details.error.slice(0, MAX_ERROR_LENGTH)}…` : details.error,
  [DLT_HEADERS.originalTopic]: details.topic,
  [DLT_HEADERS.originalPartition]: String(details.partition),
  [DLT_HEADERS.originalOffset]: details.offset,
  [DLT_HEADERS.consumerGroup]: details.group,
  [DLT_HEADERS.failedAt]: details.failedAt.toISOString(),
});

export const headerText = (headers: IHeaders | undefined, name: string): string | undefined => {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
};

export interface DeadLetterSummary {
  reason: string;
  error: string;
  eventType: string;
  eventId: string;
  originalTopic: string;
  originalPartition: number | null;
  originalOffset: string;
  consumerGroup: string;
  failedAt: string;
}

const fromValue = (value: Buffer | null, field: 'eventId' | 'type' | 'version'): string | undefined => {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value.toString('utf8'));
    const found = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[field] : undefined;
    return typeof found === 'string' || typeof found === 'number' ? String(found) : undefined;
  } catch {
    return undefined;
  }
};

/** What `npm run dlt -- list` shows: the headers first, the value as fallback for messages that never had headers. */
export const summarizeDeadLetter = (message: { headers?: IHeaders; value: Buffer | null }): DeadLetterSummary => {
  const header = (name: string): string | undefined => headerText(message.headers, name);
  const type = header(EVENT_HEADERS.eventType) ?? fromValue(message.value, 'type');
  const version = header(EVENT_HEADERS.eventVersion) ?? fromValue(message.value, 'version');
  const partition = header(DLT_HEADERS.originalPartition);
  return {
    reason: header(DLT_HEADERS.reason) ?? '?',
    error: header(DLT_HEADERS.error) ?? '',
    eventType: type === undefined ? '?' : version === undefined ? type : `${type}.v${version}`,
    eventId: header(EVENT_HEADERS.eventId) ?? fromValue(message.value, 'eventId') ?? '?',
    originalTopic: header(DLT_HEADERS.originalTopic) ?? '?',
    originalPartition: partition === undefined || Number.isNaN(Number(partition)) ? null : Number(partition),
    originalOffset: header(DLT_HEADERS.originalOffset) ?? '?',
    consumerGroup: header(DLT_HEADERS.consumerGroup) ?? '?',
    failedAt: header(DLT_HEADERS.failedAt) ?? '?',
  };
};

export interface ReplaySelection<L> {
  /** The latest letter of each event id chosen, in the order the letters were listed. */
  chosen: L[];
  /** Older letters of an event that has a later one: the dead-letter topic is append-only, so one event can be in it many times. */
  superseded: L[];
  /** Letters whose event id is unknown: they cannot be deduplicated, so they are replayed only when asked for by id. */
  withoutEventId: L[];
}

type ReplayCandidate = Pick<DeadLetterSummary, 'eventId' | 'failedAt'> & { partition: number; offset: string };

/** Later failure first by failed-at time, then by place in the topic (letters of one event share its key, so its partition). */
const isLater = (candidate: ReplayCandidate, than: ReplayCandidate): boolean => {
  const [a, b] = [Date.parse(candidate.failedAt), Date.parse(than.failedAt)];
  if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b) return a > b;
  return candidate.partition === than.partition ? BigInt(candidate.offset) > BigInt(than.offset) : candidate.partition > than.partition;
};

/**
 * What `npm run dlt -- replay` republishes: only the latest letter per event id (older copies of the
 * same event would be sent again otherwise), only letters with an event id, and only the given id when one is named.
 */
export const selectForReplay = <L extends ReplayCandidate>(letters: readonly L[], eventId?: string): ReplaySelection<L> => {
  const withoutEventId = eventId === undefined ? letters.filter((letter) => letter.eventId === '?') : [];
  const candidates = letters.filter((letter) => letter.eventId !== '?' && (eventId === undefined || letter.eventId === eventId));
  const latest = new Map<string, L>();
  for (const letter of candidates) {
    const current = latest.get(letter.eventId);
    if (!current || isLater(letter, current)) latest.set(letter.eventId, letter);
  }
  const chosen = new Set(latest.values());
  return {
    chosen: candidates.filter((letter) => chosen.has(letter)),
    superseded: candidates.filter((letter) => !chosen.has(letter)),
    withoutEventId,
  };
};
