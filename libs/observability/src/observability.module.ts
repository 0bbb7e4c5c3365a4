import { Global, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { CorrelationIdMiddleware, SERVICE_LOGGER } from './correlation-id.middleware.js';
import { HealthController } from './health.controller.js';
import { createLogger } from './logger.factory.js';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.service.js';
import { ReadinessRegistry } from './readiness-registry.js';

export interface ObservabilityOptions {
  /** Where request log lines go; a logger of `createLogger(service)` unless given (tests capture lines this way). */
  logger?: Logger;
}

/** Health, metrics and request correlation for one service; global so any module can register checks and metrics. */
@Global()
@Module({})
export class ObservabilityModule implements NestModule {
  static forService(service: string, options: ObservabilityOptions = {}): DynamicModule {
    return {
      module: ObservabilityModule,
      controllers: [HealthController, MetricsController],
      providers: [
        ReadinessRegistry,
        { provide: Metrics, useFactory: () => new Metrics(service) },
        { provide: SERVICE_LOGGER, useFactory: () => options.logger ?? createLogger(service) },
        CorrelationIdMiddleware,
      ],
      exports: [ReadinessRegistry, Metrics, SERVICE_LOGGER],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware).forRoutes('*');
  }
}
