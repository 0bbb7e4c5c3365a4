export * from './rule-violation.js';
export * from './report-version.js';
