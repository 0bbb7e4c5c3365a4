import type { ConfiguredService } from '#platform';

/**
 * The web back office in the registry (apps/service-registry.ts, WEB_APP): deployed like a service (its port, its
 * database samenleven_web for sessions), but no Kafka, no events and no OpenAPI document of its own, so it is not one
 * of the SERVICES that the access matrix, the event documents and the platform under test iterate over.
 */
export const webManifest = {
  name: 'web',
  defaultPort: 3000,
  title: 'Web back office: sign-in, sessions, the API proxy and the pages',
} as const satisfies ConfiguredService & { title: string };
