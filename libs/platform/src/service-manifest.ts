import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { handledEventNames, subscriptionFor, type ConsumerSubscription } from '#messaging';
import { PlatformModule } from './platform.module.js';
import { loadServiceConfig, type ConfiguredService, type ServiceConfig } from './service-config.js';

/**
 * Everything the platform needs to know about one service, in one place (`apps/<app>/src/<app>.manifest.ts`).
 * The registry of all manifests (apps/service-registry.ts) is what `npm start`, the test harness, the
 * migrations test, the event documents and the deployment checks iterate over.
 */
export interface ServiceManifest<Name extends string = string> extends ConfiguredService {
  /** Names its database (`samenleven_<name>`), its variables (`<NAME>_HTTP_PORT`) and its image's `SERVICE`. */
  readonly name: Name;
  readonly defaultPort: number;
  /** The description of its OpenAPI document. */
  readonly title: string;
  /** Its own module: controllers, consumers and providers. The platform (database, messaging, auth, observability) is added around it. */
  readonly module: (config: ServiceConfig) => DynamicModule | Type;
  /** Its own tables (the platform adds outbox, inbox and audit log). */
  readonly entities: readonly Type[];
  readonly migrations: readonly Type[];
  /** Its Kafka consumer group; absent when it consumes nothing. What the group reads follows from its handlers. */
  readonly consumerGroup?: string;
}

/** Keeps the literal name, so the registry can type records by service name. */
export const defineService = <const Name extends string>(manifest: ServiceManifest<Name>): ServiceManifest<Name> => Object.freeze(manifest);

@Module({})
class ServiceRootModule {}

/** What a service runs as: the platform, with the manifest's entities and migrations, next to the service's own module. */
export const serviceRootModule = (manifest: ServiceManifest, config: ServiceConfig): DynamicModule => ({
  module: ServiceRootModule,
  imports: [
    PlatformModule.forService({ config, entities: [...manifest.entities], migrations: [...manifest.migrations] }),
    manifest.module(config),
  ],
});

type ModuleEntry = DynamicModule | Type | Promise<DynamicModule> | { forwardRef: () => unknown } | undefined;

/** Every controller of a module and the modules it imports, as Nest would find them, without booting anything. */
export const moduleControllers = (root: DynamicModule | Type): Type[] => {
  const controllers = new Set<Type>();
  const seen = new Set<unknown>();
  const visit = (entry: ModuleEntry): void => {
    if (entry === undefined || seen.has(entry)) return;
    seen.add(entry);
    if (entry instanceof Promise) throw new Error('an asynchronous module import cannot be inspected without booting the module');
    if (typeof entry === 'function') {
      for (const controller of (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, entry) as Type[] | undefined) ?? [])
        controllers.add(controller);
      for (const imported of (Reflect.getMetadata(MODULE_METADATA.IMPORTS, entry) as ModuleEntry[] | undefined) ?? []) visit(imported);
    } else if ('forwardRef' in entry) {
      visit(entry.forwardRef() as ModuleEntry);
    } else {
      visit(entry.module);
      for (const controller of entry.controllers ?? []) controllers.add(controller);
      for (const imported of entry.imports ?? []) visit(imported as ModuleEntry);
    }
  };
  visit(root);
  return [...controllers];
};

/**
 * What a service's consumer group reads and ignores, derived from the @HandlesEvent handlers of the
 * controllers in its own module, as the consumer transport derives it at start (see subscriptionFor).
 * Building the service's module has no side effects; the platform around it is left out.
 */
export const serviceSubscription = (manifest: ServiceManifest): ConsumerSubscription =>
  subscriptionFor(handledEventNames(moduleControllers(manifest.module(loadServiceConfig(manifest, {})))));
