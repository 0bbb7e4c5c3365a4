import { ensurePostgres } from '../scripts/infra/postgres.js';
import { stopTestInfrastructure, testInfrastructure } from '../scripts/infra/test-infrastructure.js';

/** Jest globalSetup of the database tier: a real PostgreSQL, and nothing else (no broker). */
export default async function databaseSetup(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  try {
    const postgres = await ensurePostgres();
    testInfrastructure().postgres = postgres;
    process.env.DATABASE_ADMIN_URL = postgres.adminUrl;
  } catch (error) {
    await stopTestInfrastructure().catch(() => undefined);
    throw error;
  }
}
