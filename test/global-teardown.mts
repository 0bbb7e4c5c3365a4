import { stopTestInfrastructure } from '../scripts/infra/test-infrastructure.js';

/** Jest globalTeardown of the integration project; runs after the tests whether they passed or not. */
export default async function globalTeardown(): Promise<void> {
  await stopTestInfrastructure();
}
