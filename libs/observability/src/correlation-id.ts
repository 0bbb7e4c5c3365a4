import { randomUUID } from 'node:crypto';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** What we accept from callers: short, and safe to put into logs, headers and Kafka headers as is. */
const VALID_CORRELATION_ID = /^[A-Za-z0-9\-_.:]{1,100}$/;

export const isValidCorrelationId = (value: string): boolean => VALID_CORRELATION_ID.test(value);

/** The caller's correlation id when it is acceptable, otherwise a fresh one (never an error: tracing must not refuse requests). */
export const correlationIdFrom = (header: string | string[] | undefined): string => {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && isValidCorrelationId(value) ? value : randomUUID();
};
