import { describe, expect, it } from '@jest/globals';
import { Metrics } from './metrics.service.js';

describe('Metrics', () => {
  it('returns the same metric when asked twice for one name', () => {
    const metrics = new Metrics('reporting');
    const first = metrics.counter('events_handled_total', 'Events handled', ['type']);
    const second = metrics.counter('events_handled_total', 'Events handled', ['type']);
    expect(second).toBe(first);
    expect(metrics.gauge('outbox_backlog', 'Unpublished rows')).toBe(metrics.gauge('outbox_backlog', 'Unpublished rows'));
    expect(metrics.histogram('handle_seconds', 'Handling time')).toBe(metrics.histogram('handle_seconds', 'Handling time'));
  });

  it('refuses to reuse a name for another kind of metric', () => {
    const metrics = new Metrics('reporting');
    metrics.counter('dead_letters_total', 'Dead letters');
    expect(() => metrics.gauge('dead_letters_total', 'Dead letters')).toThrow(/already exists as another type/);
  });

  it('keeps two instances apart and labels each with its service', async () => {
    const reporting = new Metrics('reporting');
    const notifications = new Metrics('notifications');
    reporting.counter('events_handled_total', 'Events handled', ['type']).inc({ type: 'a' }, 3);
    notifications.counter('events_handled_total', 'Events handled', ['type']).inc({ type: 'a' }, 5);

    const reportingText = (await reporting.expose()).body;
    const notificationsText = (await notifications.expose()).body;
    expect(reportingText).toContain('events_handled_total{type="a",service="reporting"} 3');
    expect(reportingText).not.toContain('service="notifications"');
    expect(notificationsText).toContain('events_handled_total{type="a",service="notifications"} 5');
    // Default process metrics are collected per registry as well.
    expect(reportingText).toMatch(/process_cpu_user_seconds_total\{service="reporting"\}/);
  });

  it('exposes the Prometheus text content type', async () => {
    expect((await new Metrics('budgeting').expose()).contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });
});
