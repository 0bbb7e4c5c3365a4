import { applicationsManifest } from './applications/src/applications.manifest.js';
import { budgetingManifest } from './budgeting/src/budgeting.manifest.js';
import { mentorshipsManifest } from './mentorships/src/mentorships.manifest.js';
import { notificationsManifest } from './notifications/src/notifications.manifest.js';
import { reportingManifest } from './reporting/src/reporting.manifest.js';
import { webManifest } from './web/src/web.manifest.js';

/**
 * Every service of the platform, in start-up order. `npm start`, the test harness, the migrations
 * test and the event documents iterate over it; apps/service-registry.spec.ts checks the deployment
 * files (compose, Kubernetes, nest-cli, database init) against it. Only code outside apps/<app>/ may
 * import it (dependency-cruiser), so the services themselves still never import each other.
 */
export const SERVICES = [applicationsManifest, budgetingManifest, reportingManifest, mentorshipsManifest, notificationsManifest] as const;

/** The web back office (apps/web): started by `npm start` after the services, deployed like them, but not a service. */
export const WEB_APP = webManifest;

/** What is deployed, each with its port and database: the services, then the web app (the deployment files' order). */
export const DEPLOYED_APPS = [...SERVICES, WEB_APP] as const;

export type ServiceName = (typeof SERVICES)[number]['name'];

/** The consumer groups of the services that consume, each with its own dead-letter topic. */
export const consumerGroups = (): string[] =>
  SERVICES.flatMap((service) => (service.consumerGroup === undefined ? [] : [service.consumerGroup]));
