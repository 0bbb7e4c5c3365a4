export * from './eventually.js';
export * from './test-database.js';
export * from './test-topics.js';
export * from './test-issuer.js';
export * from './test-envelope.js';
export * from './test-publisher.js';
export * from './service-under-test.js';
export * from './topic-tap.js';
