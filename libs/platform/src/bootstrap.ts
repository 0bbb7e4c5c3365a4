import type { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { KafkaEventTransport } from '#messaging';
import { PinoLoggerService, createLogger } from '#observability';
import { createRequestValidationPipe } from './request-validation.js';
import { UniqueViolationFilter } from './unique-violation.filter.js';
import type { ServiceConfig } from './service-config.js';

export interface StartOptions {
  /** 0 picks a free port (tests); the configured port otherwise. */
  port?: number;
  /** Whether to consume from Kafka; services without consumers pass false. */
  consumes: boolean;
}

const TITLES: Record<string, string> = {
  applications: 'Calls, applications, decisions and the register of local governments',
  budgeting: 'Programme budget, allocations, commitments and payments',
  reporting: 'Result reports, aggregation and target checks',
  mentorships: 'Mentorships and learning networks',
  notifications: 'Notifications to local governments and ABB',
};

/** Creates and starts one service: HTTP API with OpenAPI, Kafka consumers, JSON logs, graceful shutdown. */
export const startService = async (module: object, config: ServiceConfig, options: StartOptions): Promise<INestApplication> => {
  const logger = new PinoLoggerService(createLogger(config.service));
  const app = await NestFactory.create(module as never, { logger, bufferLogs: true });
  app.useLogger(logger);
  app.useGlobalPipes(createRequestValidationPipe());
  app.useGlobalFilters(new UniqueViolationFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`Samenleven ${config.service}`)
      .setDescription(TITLES[config.service] ?? config.service)
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  // Start-up hooks (migrations, mail transport, relay) run before the first event is consumed.
  await app.init();
  if (options.consumes) {
    app.connectMicroservice({ strategy: app.get(KafkaEventTransport) });
    await app.startAllMicroservices();
  }
  await app.listen(options.port ?? config.httpPort, '0.0.0.0');
  return app;
};
