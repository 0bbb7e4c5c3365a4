import type { KafkaBroker } from './kafka-broker.js';
import type { PostgresHandle } from './postgres.js';

/** What jest's globalSetup started and globalTeardown must stop (jest shares globalThis between the two). */
export interface TestInfrastructure {
  kafka?: KafkaBroker;
  kafkaDataDir?: string;
  postgres?: PostgresHandle;
}

const KEY = Symbol.for('samenleven.test-infrastructure');

export const testInfrastructure = (): TestInfrastructure => {
  const holder = globalThis as { [KEY]?: TestInfrastructure };
  return (holder[KEY] ??= {});
};

/** Stops what was started, broker first; safe to call twice and after a half-finished setup. */
export const stopTestInfrastructure = async (): Promise<void> => {
  const infra = testInfrastructure();
  const { rm } = await import('node:fs/promises');
  const failures: unknown[] = [];
  if (infra.kafka) {
    await infra.kafka.stop().catch((error: unknown) => failures.push(error));
    infra.kafka = undefined;
  }
  if (infra.kafkaDataDir) {
    await rm(infra.kafkaDataDir, { recursive: true, force: true }).catch((error: unknown) => failures.push(error));
    infra.kafkaDataDir = undefined;
  }
  if (infra.postgres) {
    await infra.postgres.stop().catch((error: unknown) => failures.push(error));
    infra.postgres = undefined;
  }
  if (failures.length > 0) throw new AggregateError(failures, 'could not stop the test infrastructure cleanly');
};
