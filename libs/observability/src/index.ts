export * from './request-context.js';
export * from './readiness-registry.js';
