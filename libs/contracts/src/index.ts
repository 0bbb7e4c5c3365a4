// class-transformer's @Type needs the Reflect metadata API before any payload class is declared.
import 'reflect-metadata';
export * from './event-envelope.js';
export * from './event-definition.js';
export * from './event-catalogue.js';
export * from './topics.js';
export * from './validation.js';
export * from './events/common.js';
export * from './events/government-registered.v1.js';
export * from './events/targets-committed.v1.js';
export * from './events/targets-committed.v2.js';
export * from './events/report-submitted.v1.js';
export * from './events/indicator-status-changed.v1.js';
export * from './events/subsidy-committed.v1.js';
export * from './events/member-progress-recorded.v1.js';
export * from './events/notification-sent.v1.js';
