import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { CORRELATION_ID_HEADER, correlationIdFrom } from './correlation-id.js';
import { Metrics } from './metrics.service.js';
import { runWithContext } from './request-context.js';

/** Injection token of the service's own pino logger (one per service, so five services in one process log apart). */
export const SERVICE_LOGGER = Symbol('samenleven:service-logger');

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Label for requests no route matched (404s, scanners): keeps the label set bounded. */
const UNMATCHED_ROUTE = 'unmatched';

/** Set on a request once it is correlated: a service registers the middleware ahead of the body parser too. */
const CORRELATED = Symbol('samenleven:correlated');
type MarkedRequest = Request & { [CORRELATED]?: true };

/**
 * Opens the request's context (correlation id) for everything downstream — guards, handlers, the
 * outbox — echoes the id to the caller, and records latency and one log line when the response is done.
 */
@Injectable()
export class CorrelationIdMiddleware implements NestMiddleware {
  private readonly latency;

  constructor(
    metrics: Metrics,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {
    this.latency = metrics.histogram(
      'http_request_duration_seconds',
      'HTTP request latency by route',
      ['method', 'route', 'status'],
      LATENCY_BUCKETS,
    );
  }

  use(request: MarkedRequest, response: Response, next: NextFunction): void {
    if (request[CORRELATED]) return next();
    request[CORRELATED] = true;
    const correlationId = correlationIdFrom(request.headers[CORRELATION_ID_HEADER]);
    const started = process.hrtime.bigint();
    response.setHeader(CORRELATION_ID_HEADER, correlationId);
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // The matched route pattern ("/reports/:id"), never the raw URL, or every id becomes a time series.
      const routePath: unknown = (request as Request & { route?: { path?: unknown } }).route?.path;
      const route = typeof routePath === 'string' ? routePath : UNMATCHED_ROUTE;
      const status = response.statusCode;
      this.latency.observe({ method: request.method, route, status: String(status) }, seconds);
      this.logger.info(
        { method: request.method, route, status, durationMs: Math.round(seconds * 1000 * 10) / 10, correlationId },
        'request completed',
      );
    });
    // next() inside the context: the rest of the chain and every await after it see this request's context.
    runWithContext({ correlationId, causationId: null }, () => next());
  }
}
