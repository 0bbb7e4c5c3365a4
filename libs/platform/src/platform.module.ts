import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EntitySchema, MixedList } from 'typeorm';
import { AuthModule } from '#auth';
import { MessagingModule } from '#messaging';
import { ObservabilityModule } from '#observability';
import { PersistenceModule } from '#persistence';
import { databaseOptions } from './database-options.js';
import { DatabaseReadiness } from './database-readiness.js';
import { openMigratedDataSource } from './migration-runner.js';
import { PlatformEnvironment, SERVICE_CONFIG } from './platform-environment.js';
import { ProgrammeClock } from './programme-clock.js';
import { ProgrammeClockSync } from './programme-clock-sync.js';
import type { ServiceConfig } from './service-config.js';

export interface PlatformOptions {
  config: ServiceConfig;
  entities: MixedList<Type | EntitySchema>;
  migrations: Type[];
}

/**
 * Everything a service needs besides its own code: its database (migrations, never schema sync),
 * one unit of work per use case, messaging (outbox, inbox, dead letters), authentication and audit, logs, health and metrics.
 */
@Module({})
export class PlatformModule {
  static forService({ config, entities, migrations }: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      // Global so every use case can inject the programme clock.
      global: true,
      imports: [
        ObservabilityModule.forService(config.service),
        TypeOrmModule.forRootAsync({
          useFactory: () => databaseOptions({ service: config.service, databaseUrl: config.databaseUrl, entities, migrations }),
          // Migrated under the migration lock before anything else uses the database (docs/architecture.md).
          dataSourceFactory: (options) => openMigratedDataSource(options!),
        }),
        PersistenceModule,
        AuthModule.forRoot(config.oidc),
        MessagingModule.forService({
          service: config.service,
          brokers: config.kafkaBrokers,
          topicPrefix: config.topicPrefix,
          // What the group reads follows from the service's @HandlesEvent handlers.
          consumer: config.consumerGroup === undefined ? undefined : { group: config.consumerGroup },
        }),
      ],
      providers: [
        DatabaseReadiness,
        { provide: ProgrammeClock, useValue: new ProgrammeClock(config.programmeClock) },
        // Every service's clock follows the latest move its database holds (programme-clock-moved).
        ProgrammeClockSync,
        { provide: PlatformEnvironment, useValue: new PlatformEnvironment(config.platformMode) },
        { provide: SERVICE_CONFIG, useValue: config },
      ],
      exports: [ProgrammeClock, ProgrammeClockSync, PlatformEnvironment, SERVICE_CONFIG],
    };
  }
}
