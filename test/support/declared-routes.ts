import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ROLES_METADATA, type Role } from '#auth';
import { IS_PUBLIC_ROUTE } from '#observability';
import { loadServiceConfig, moduleControllers, PlatformModule, type ServiceManifest } from '#platform';

/** One HTTP route as its controller declares it: what the auth guard reads, without booting anything. */
export interface DeclaredRoute {
  /** `GET /statuses`, path parameters as in OpenAPI (`{id}`). */
  key: string;
  method: string;
  path: string;
  isPublic: boolean;
  /** The roles of `@Roles` (method first, then controller, as the guard's getAllAndOverride); empty: nobody. */
  roles: readonly Role[];
}

/** Served by SwaggerModule.setup in the platform's bootstrap, not by a controller. */
const DOCUMENT_ROUTES: DeclaredRoute[] = ['/docs', '/docs-json'].map((path) => ({
  key: `GET ${path}`,
  method: 'GET',
  path,
  isPublic: true,
  roles: [],
}));

const segments = (value: unknown): string[] => {
  if (value === undefined) return [];
  if (typeof value !== 'string') throw new Error(`a route path of ${JSON.stringify(value)} is not a single string; extend declaredRoutes`);
  return value.split('/').filter((segment) => segment !== '');
};

const openApiPath = (parts: string[]): string => `/${parts.map((part) => (part.startsWith(':') ? `{${part.slice(1)}}` : part)).join('/')}`;

const routesOf = (controller: Type): DeclaredRoute[] => {
  const prefix = segments(Reflect.getMetadata(PATH_METADATA, controller));
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((name) => {
    const handler = prototype[name];
    if (name === 'constructor' || typeof handler !== 'function') return [];
    const routePath: unknown = Reflect.getMetadata(PATH_METADATA, handler);
    if (routePath === undefined) return [];
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
    const path = openApiPath([...prefix, ...segments(routePath)]);
    const roles = (Reflect.getMetadata(ROLES_METADATA, handler) ?? Reflect.getMetadata(ROLES_METADATA, controller) ?? []) as Role[];
    const isPublic = (Reflect.getMetadata(IS_PUBLIC_ROUTE, handler) ?? Reflect.getMetadata(IS_PUBLIC_ROUTE, controller)) === true;
    return [{ key: `${method} ${path}`, method, path, isPublic, roles }];
  });
};

let platformRoutes: DeclaredRoute[] | undefined;

/**
 * Every route a service serves: its own controllers, the platform's (health, metrics) and the OpenAPI document.
 * The platform's module is the same for every service (as serviceRootModule adds it) and is built once: each build
 * registers a TypeORM data source name, and a second registration only logs a warning.
 */
export const declaredRoutes = (manifest: ServiceManifest): DeclaredRoute[] => {
  const config = loadServiceConfig(manifest, {});
  platformRoutes ??= moduleControllers(PlatformModule.forService({ config, entities: [], migrations: [] })).flatMap(routesOf);
  return [...moduleControllers(manifest.module(config)).flatMap(routesOf), ...platformRoutes, ...DOCUMENT_ROUTES];
};
