import type { PlatformMode } from './service-config.js';

/** The service's configuration (ServiceConfig), for providers that need a setting: `@Inject(SERVICE_CONFIG)`. */
export const SERVICE_CONFIG = 'SERVICE_CONFIG';

/** What kind of platform a service runs in (PLATFORM_MODE), for the few rules that differ, such as moving the programme clock. */
export class PlatformEnvironment {
  constructor(readonly mode: PlatformMode) {}

  get isProduction(): boolean {
    return this.mode === 'production';
  }
}
