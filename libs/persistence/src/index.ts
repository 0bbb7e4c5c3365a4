export * from './unit-of-work.js';
export * from './advisory-lock.js';
export * from './persistence.module.js';
export * from './cents.transformer.js';
