import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { EVENT_CATALOGUE, eventName, TOPICS, type EventDefinition } from '#contracts';
import { serviceSubscription } from '#platform';
import { consumerGroups, SERVICES } from './service-registry.js';

const names = (definitions: readonly EventDefinition[]): string[] =>
  definitions.map((definition) => eventName(definition.type, definition.version));

/** This file sits in apps/, compiled or not. */
const appsDir = path.dirname(fileURLToPath(import.meta.url));

describe('the service registry', () => {
  it('names each service once, with a port and a consumer group of its own', () => {
    const unique = (values: unknown[]): boolean => new Set(values).size === values.length;
    expect(unique(SERVICES.map((service) => service.name))).toBe(true);
    expect(unique(SERVICES.map((service) => service.defaultPort))).toBe(true);
    expect(unique(consumerGroups())).toBe(true);
  });

  it('names each service after its folder in apps/, with a manifest and an entry point there', () => {
    for (const { name } of SERVICES) {
      expect([
        name,
        existsSync(path.join(appsDir, name, 'src', `${name}.manifest.js`)) ||
          existsSync(path.join(appsDir, name, 'src', `${name}.manifest.ts`)),
      ]).toEqual([name, true]);
      expect([
        name,
        existsSync(path.join(appsDir, name, 'src', 'main.js')) || existsSync(path.join(appsDir, name, 'src', 'main.ts')),
      ]).toEqual([name, true]);
    }
  });

  it('has a producing service for every topic and every event', () => {
    const services = SERVICES.map((service) => service.name as string);
    expect(Object.keys(TOPICS).filter((producer) => !services.includes(producer))).toEqual([]);
    for (const definition of EVENT_CATALOGUE) {
      expect([definition.type, services.includes(definition.producer)]).toEqual([definition.type, true]);
      expect([definition.type, definition.topic]).toEqual([definition.type, TOPICS[definition.producer as keyof typeof TOPICS]]);
    }
  });

  it('gives a consumer group to exactly the services with @HandlesEvent handlers', () => {
    for (const manifest of SERVICES)
      expect([manifest.name, serviceSubscription(manifest).handled.length > 0]).toEqual([
        manifest.name,
        manifest.consumerGroup !== undefined,
      ]);
  });
});

describe('what each consumer group reads, derived from its handlers', () => {
  const subscriptions = Object.fromEntries(
    SERVICES.flatMap((manifest) => {
      if (manifest.consumerGroup === undefined) return [];
      const { topics, handled, ignored } = serviceSubscription(manifest);
      return [[manifest.consumerGroup, { topics, handles: names(handled), ignores: names(ignored) }]];
    }),
  );

  it('reads the topics of the events it handles and ignores the other catalogue events there', () => {
    // Every catalogue event on the topics a group reads, handled or knowingly ignored: v1 and v2 of
    // targets-committed are no longer published, and a v1/v2 event left on the topic changes nothing.
    const applicationsFacts = [
      'applications.government-registered.v1',
      'applications.targets-committed.v1',
      'applications.government-registered.v2',
      'applications.government-updated.v1',
      'applications.group-formed.v1',
      'applications.group-changed.v1',
      'applications.catalogue-version-published.v1',
      'applications.call-opened.v1',
      'applications.call-closed.v1',
      'applications.application-submitted.v1',
      'applications.application-decided.v1',
      'applications.targets-committed.v3',
    ];
    // The reporting cycle's facts: reporting and mentorships read report-submitted v2 of them, notifications all.
    const reportingCycleFacts = [
      'reporting.report-submitted.v2',
      'reporting.indicator-status-changed.v2',
      'reporting.period-status-summarised.v1',
      'reporting.report-reviewed.v1',
      'reporting.return-overdue.v1',
      'reporting.report-reminder-due.v1',
      'reporting.report-reviewed.v2',
    ];
    // Budgeting's facts about the money after a decision.
    const moneyFacts = [
      'budgeting.cofinancing-declared.v1',
      'budgeting.cofinancing-shortfall-flagged.v1',
      'budgeting.payment-due.v1',
      'budgeting.payment-released.v1',
      'budgeting.recovery-proposed.v1',
      'budgeting.recovery-decided.v1',
    ];
    // Every service but applications (which moves it) takes a programme clock move over into its own database.
    const clockMoved = 'applications.programme-clock-moved.v1';
    const ignoring = (...handled: string[]) => applicationsFacts.filter((name) => !handled.includes(name));
    expect(subscriptions).toEqual({
      // Budgeting's answers to calls and decisions.
      applications: {
        topics: [TOPICS.budgeting],
        handles: ['budgeting.allocation-proposed.v1', 'budgeting.subsidy-committed.v2', 'budgeting.commitment-refused.v1'],
        // The money after the decision is budgeting's own and the notifications' business.
        ignores: ['budgeting.subsidy-committed.v1', 'budgeting.programme-budget-changed.v1', ...moneyFacts],
      },
      // An accepted annual report (report-reviewed v2) makes the balance due and may lead to recovery.
      budgeting: {
        topics: [TOPICS.applications, TOPICS.reporting],
        handles: [
          'applications.call-closed.v1',
          'applications.application-submitted.v1',
          'applications.application-decided.v1',
          clockMoved,
          'reporting.report-reviewed.v2',
        ],
        ignores: [
          ...applicationsFacts.slice(0, 2),
          'applications.targets-committed.v2',
          'reporting.report-submitted.v1',
          'reporting.indicator-status-changed.v1',
          ...ignoring('applications.call-closed.v1', 'applications.application-submitted.v1', 'applications.application-decided.v1').slice(
            2,
          ),
          ...reportingCycleFacts.slice(0, -1),
        ],
      },
      // targets-committed v3 opens the targets, expected returns and learning networks; v2 is left alone.
      // report-submitted v2 is what reporting publishes; v1 events may still be on the topic and count as before.
      // network-members-changed tells reporting which members' figures a network's mentor reads.
      reporting: {
        topics: [TOPICS.reporting, TOPICS.applications, TOPICS.mentorships],
        handles: [
          'reporting.report-submitted.v1',
          'applications.targets-committed.v3',
          'reporting.report-submitted.v2',
          clockMoved,
          'mentorships.network-members-changed.v1',
        ],
        ignores: [
          ...applicationsFacts.slice(0, 2),
          'applications.targets-committed.v2',
          'reporting.indicator-status-changed.v1',
          'mentorships.member-progress-recorded.v1',
          ...applicationsFacts.slice(2, -1),
          ...reportingCycleFacts.slice(1),
          // The learning networks' other facts: reporting needs only the member lists.
          'mentorships.member-invited.v1',
          'mentorships.member-caught-up.v1',
          'mentorships.session-scheduled.v1',
          'mentorships.session-updated.v1',
          'mentorships.session-cancelled.v1',
          'mentorships.registration-made.v1',
          'mentorships.attendance-recorded.v1',
          'mentorships.network-behind-on-sessions.v1',
          'mentorships.network-opened.v1',
          'mentorships.invitation-declined.v1',
          'mentorships.registration-withdrawn.v1',
        ],
      },
      mentorships: {
        topics: [TOPICS.reporting, TOPICS.applications],
        handles: [
          'reporting.report-submitted.v1',
          'applications.targets-committed.v3',
          'reporting.report-submitted.v2',
          'reporting.indicator-status-changed.v2',
          clockMoved,
        ],
        ignores: [
          ...applicationsFacts.slice(0, 2),
          'applications.targets-committed.v2',
          'reporting.indicator-status-changed.v1',
          ...applicationsFacts.slice(2, -1),
          ...reportingCycleFacts.slice(2),
        ],
      },
      // The reporting cycle's facts and, from budgeting, what a government is told about its money.
      notifications: {
        topics: [TOPICS.applications, TOPICS.reporting, TOPICS.budgeting, TOPICS.mentorships],
        handles: [
          'applications.government-registered.v2',
          'applications.government-updated.v1',
          // The award, once its budget is committed (MoneyNoticesConsumer).
          'applications.targets-committed.v3',
          'reporting.report-submitted.v2',
          'reporting.indicator-status-changed.v2',
          'reporting.period-status-summarised.v1',
          'reporting.report-reviewed.v1',
          'reporting.return-overdue.v1',
          'reporting.report-reminder-due.v1',
          clockMoved,
          // v2 is what reporting publishes; v1 reviews still in the log are told as before.
          'reporting.report-reviewed.v2',
          'budgeting.cofinancing-shortfall-flagged.v1',
          'budgeting.payment-released.v1',
          'budgeting.recovery-proposed.v1',
          'budgeting.recovery-decided.v1',
          // The learning network messages (NetworkMessagesConsumer).
          'mentorships.member-invited.v1',
          'mentorships.session-scheduled.v1',
          'mentorships.session-updated.v1',
          'mentorships.session-cancelled.v1',
          'mentorships.attendance-recorded.v1',
          'mentorships.network-behind-on-sessions.v1',
        ],
        // In catalogue order: what the group reads on those topics and leaves alone.
        ignores: [
          'applications.government-registered.v1',
          'applications.targets-committed.v1',
          'applications.targets-committed.v2',
          'reporting.report-submitted.v1',
          // v1's at-risk meant "slightly behind"; governments now hear from the period summary.
          'reporting.indicator-status-changed.v1',
          'budgeting.subsidy-committed.v1',
          'mentorships.member-progress-recorded.v1',
          'applications.group-formed.v1',
          'applications.group-changed.v1',
          'applications.catalogue-version-published.v1',
          'applications.call-opened.v1',
          'applications.call-closed.v1',
          'applications.application-submitted.v1',
          'budgeting.allocation-proposed.v1',
          'applications.application-decided.v1',
          'budgeting.subsidy-committed.v2',
          'budgeting.commitment-refused.v1',
          'budgeting.programme-budget-changed.v1',
          'mentorships.network-members-changed.v1',
          'budgeting.cofinancing-declared.v1',
          'budgeting.payment-due.v1',
          'mentorships.member-caught-up.v1',
          'mentorships.registration-made.v1',
          // Nobody is told of an opened network, a declined invitation or a withdrawn registration.
          'mentorships.network-opened.v1',
          'mentorships.invitation-declined.v1',
          'mentorships.registration-withdrawn.v1',
        ],
      },
    });
  });
});
