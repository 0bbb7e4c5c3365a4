export * from './service-config.js';
export * from './service-manifest.js';
export * from './request-validation.js';
export * from './platform.module.js';
export * from './bootstrap.js';
export * from './database-options.js';
export * from './migration-runner.js';
export * from './programme-clock.js';
