import { pino, type DestinationStream, type Logger } from 'pino';
import { currentContext } from './request-context.js';

/** Header paths (in the shapes our own and library log lines use) that must never reach a log. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'request.headers.authorization',
  'headers.authorization',
  'req.headers.cookie',
  'request.headers.cookie',
  'headers.cookie',
];

/**
 * One JSON line per log call on stdout (or `destination`, for tests), each carrying the service and
 * the correlation/causation id of the unit of work it was written in, so one request or event chain
 * can be followed across all five services.
 */
export const createLogger = (service: string, destination?: DestinationStream): Logger => {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Level names instead of numbers: readable without a lookup table when grepping.
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: () => {
      const context = currentContext();
      return context === undefined ? {} : { correlationId: context.correlationId, causationId: context.causationId };
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
};
