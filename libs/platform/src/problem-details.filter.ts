import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { RuleViolation } from '#domain';
import { describeError, isUnavailableError } from '#messaging';

/** How long a client should wait before retrying while the database is away (a brief outage or failover). */
export const RETRY_AFTER_SECONDS = 5;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * RFC 9457 problem details, the one error format of every service. `problems` lists each invalid
 * field; `message` repeats `detail` for clients written against the earlier format.
 */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  message: string;
  problems?: { field: string; problem: string }[];
  [extension: string]: unknown;
}

const titleOf = (status: number): string => STATUS_CODES[status] ?? 'Error';

/** Nest's exceptions carry `{ message, error, statusCode }` (or a string); the members beyond those become extensions. */
const fromHttpException = (exception: HttpException): ProblemDocument => {
  const status = exception.getStatus();
  const title = titleOf(status);
  const response = exception.getResponse();
  if (typeof response === 'string') return { type: 'about:blank', title, status, detail: response, message: response };
  const { message, error: _error, statusCode: _statusCode, status: _status, ...extensions } = response as Record<string, unknown>;
  const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : title;
  return { ...extensions, type: 'about:blank', title, status, detail, message: detail };
};

const problem = (status: number, detail: string): ProblemDocument => ({
  type: 'about:blank',
  title: titleOf(status),
  status,
  detail,
  message: detail,
});

/**
 * Answers every error of the HTTP API as a problem document: a refusal (4xx) with what the caller
 * sent wrong; a use case's RuleViolation with its own status (400, or 404/409) and message; an
 * unreachable database as 503 with Retry-After (the transaction rolled back, nothing half-written);
 * anything else as a 500 that is logged and reveals nothing internal.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private static readonly logger = new Logger('ExceptionsHandler');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    let document: ProblemDocument;
    if (exception instanceof HttpException) {
      document = fromHttpException(exception);
    } else if (exception instanceof RuleViolation) {
      document = problem(exception.status, exception.message);
      if (exception.problems.length > 0) document.problems = exception.problems.map(({ field, problem }) => ({ field, problem }));
    } else if (isUnavailableError(exception)) {
      ProblemDetailsFilter.logger.warn(`database unavailable, answered 503: ${describeError(exception)}`);
      response.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      document = problem(HttpStatus.SERVICE_UNAVAILABLE, 'the service cannot reach its database right now; nothing was changed, try again');
    } else {
      ProblemDetailsFilter.logger.error(exception);
      document = problem(HttpStatus.INTERNAL_SERVER_ERROR, 'an unexpected error occurred; it has been logged');
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(document.status).type(PROBLEM_CONTENT_TYPE).json(document);
  }
}
