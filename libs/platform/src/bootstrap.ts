import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { KafkaEventTransport } from '#messaging';
import { CorrelationIdMiddleware, PinoLoggerService, createLogger } from '#observability';
import { createRequestValidationPipe } from './request-validation.js';
import { RuleViolationFilter } from './rule-violation.filter.js';
import { UniqueViolationFilter } from './unique-violation.filter.js';
import type { ServiceConfig } from './service-config.js';
import { serviceRootModule, type ServiceManifest } from './service-manifest.js';

export interface StartOptions {
  /** 0 picks a free port (tests); the configured port otherwise. */
  port?: number;
}

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
  app.useBodyParser('json');
  app.useGlobalPipes(createRequestValidationPipe());
  const { httpAdapter } = app.get(HttpAdapterHost);
  app.useGlobalFilters(new UniqueViolationFilter(httpAdapter), new RuleViolationFilter(httpAdapter));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(`Samenleven ${config.service}`).setDescription(manifest.title).setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  // Start-up hooks (migrations, mail transport, relay) run before the first event is consumed.
  await app.init();
  if (config.consumerGroup !== undefined) {
    app.connectMicroservice({ strategy: app.get(KafkaEventTransport) });
    await app.startAllMicroservices();
  }
  await app.listen(options.port ?? config.httpPort, '0.0.0.0');
  return app;
};
