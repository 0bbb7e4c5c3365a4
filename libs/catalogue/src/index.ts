export * from './catalogue.js';
export * from './catalogue-versions.js';
