import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { KafkaEventTransport } from '#messaging';
import { CorrelationIdMiddleware, PinoLoggerService, createLogger } from '#observability';
import { answerClientErrors } from './client-error-answer.js';
import { jsonNestingDepth, MAX_BODY_BYTES, MAX_JSON_DEPTH } from './input-screening.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { openApiDocument } from './openapi-document.js';
import { createRequestValidationPipe } from './request-validation.js';
import { UniqueViolationFilter } from './unique-violation.filter.js';
import type { ServiceConfig } from './service-config.js';
import { serviceRootModule, type ServiceManifest } from './service-manifest.js';

export interface StartOptions {
  /** 0 picks a free port (tests); the configured port otherwise. */
  port?: number;
}

/** Throws before JSON.parse, so no recursive step after it (class-transformer, class-validator) meets a hostile depth. */
const refuseDeepNesting = (_request: unknown, _response: unknown, body: Buffer): void => {
  if (jsonNestingDepth(body) > MAX_JSON_DEPTH) {
    throw Object.assign(new Error(`the JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`), {
      status: 400,
      type: 'entity.too.deep',
    });
  }
};

/** Creates and starts one service: HTTP API with OpenAPI, Kafka consumers (when it has a consumer group), JSON logs, graceful shutdown. */
export const startService = async (
  manifest: ServiceManifest,
  config: ServiceConfig,
  options: StartOptions = {},
): Promise<INestApplication> => {
  const logger = new PinoLoggerService(createLogger(config.service));
  // The body parser comes after correlation, so a malformed or oversized body is answered with a correlation id, logged and measured too.
  const app = await NestFactory.create<NestExpressApplication>(serviceRootModule(manifest, config), {
    logger,
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(logger);
  const correlation = app.get(CorrelationIdMiddleware);
  app.use((request: Request, response: Response, next: NextFunction) => correlation.use(request, response, next));
  app.disable('x-powered-by');
  app.use(helmet());
  // Nest's options type leaves out verify (it uses it for rawBody, which services do not ask for); body-parser still honours it.
  const jsonOptions = { limit: MAX_BODY_BYTES, verify: refuseDeepNesting };
  app.useBodyParser('json', jsonOptions);
  app.useGlobalPipes(createRequestValidationPipe());
  // Nest tries the filters last to first: the specific ones, then the catch-all.
  app.useGlobalFilters(new ProblemDetailsFilter(), new UniqueViolationFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, openApiDocument(app, manifest), { jsonDocumentUrl: 'docs-json' });
  // Start-up hooks (migrations, mail transport, relay) run before the first event is consumed.
  await app.init();
  if (config.consumerGroup !== undefined) {
    app.connectMicroservice({ strategy: app.get(KafkaEventTransport) });
    await app.startAllMicroservices();
  }
  answerClientErrors(app.getHttpServer());
  await app.listen(options.port ?? config.httpPort, '0.0.0.0');
  return app;
};
