export * from './rule-violation.js';
