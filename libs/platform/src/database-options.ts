import type { Type } from '@nestjs/common';
import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { AUDIT_ENTITIES, CreateAuditLog1763800000001 } from '#auth';
import { CreateMessagingTables1763800000000, MESSAGING_ENTITIES } from '#messaging';
import { GuardedPgClient } from './database-client.js';
import { ProgrammeClockState1763800000002 } from './migrations/1763800000002-programme-clock-state.js';
import { ProgrammeClockStateEntity } from './programme-clock-state.entity.js';

export interface ServiceSchema {
  service: string;
  databaseUrl: string;
  entities: MixedList<Type | EntitySchema>;
  migrations: Type[];
}

/**
 * One service's database: its own tables plus the platform's (outbox, inbox, audit log, programme clock), built by
 * migrations only. Shared by the running service and the test that checks migrations match entities.
 */
export const databaseOptions = ({ service, databaseUrl, entities, migrations }: ServiceSchema): DataSourceOptions => ({
  type: 'postgres',
  url: databaseUrl,
  entities: [...(Array.isArray(entities) ? entities : []), ...MESSAGING_ENTITIES, ...AUDIT_ENTITIES, ProgrammeClockStateEntity],
  migrations: [CreateMessagingTables1763800000000, CreateAuditLog1763800000001, ProgrammeClockState1763800000002, ...migrations],
  // A data source made from these options migrates as it connects, without a lock (a test's own
  // database); services connect through openMigratedDataSource, which holds the migration lock.
  migrationsRun: true,
  synchronize: false,
  applicationName: `samenleven-${service}`,
  // Pool options: every pooled connection has its error handled, also the moment it is handed out.
  extra: { Client: GuardedPgClient },
});
