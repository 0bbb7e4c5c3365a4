export * from './eventually.js';
export * from './test-database.js';
export * from './test-topics.js';
export * from './test-issuer.js';
