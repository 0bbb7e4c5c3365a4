import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { governmentRegisteredV2, reportReminderDueV1, TOPICS, type EventEnvelope, type NotificationSentV1 } from '#contracts';
import { eventually, queryDatabase, startServiceUnderTest, testEnvelope, type ServiceUnderTest } from '#testing';
import { startMailSink, type MailSink } from '../../../scripts/infra/mail-sink.js';
import { notificationsManifest } from '../src/notifications.manifest.js';
import { testReminder } from './notice-payloads.js';

/** How long connections are dropped, over and over, while the service works. */
const DROPPING_MS = 15_000;
const GOVERNMENT = '44021';

/** Ends every session of the database, from a session on another one: what an operator's `pg_terminate_backend` (or a failover) does. */
const dropEveryConnection = async (databaseUrl: string): Promise<number> => {
  const admin = new URL(databaseUrl);
  const database = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const rows = await queryDatabase<{ terminated: boolean }>(
    admin.toString(),
    'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = $1',
    [database],
  );
  return rows.filter((row) => row.terminated).length;
};

/** Each reminder is a cause of its own: one e-mail each, however many are published. */
const reminder = (daysBefore: 14 | 3): EventEnvelope<object> =>
  testEnvelope(reportReminderDueV1, GOVERNMENT, testReminder(GOVERNMENT, daysBefore));

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('notifications while its database connections are dropped again and again', () => {
  let service: ServiceUnderTest;
  let mailDir: string;
  let mailSink: MailSink;
  let sent: EventEnvelope<NotificationSentV1>[];
  // An unhandled 'error' event of a pg client is thrown out of the socket's callback: it ends up here
  // (and would end a service's process).
  const uncaught: unknown[] = [];
  const recordUncaught = (error: unknown): void => {
    uncaught.push(error);
  };

  beforeAll(async () => {
    process.on('uncaughtException', recordUncaught);
    mailDir = await mkdtemp(path.join(tmpdir(), 'samenleven-dropped-connections-mail-'));
    mailSink = await startMailSink({ smtpPort: 0, httpPort: 0, dir: mailDir });
    service = await startServiceUnderTest({
      manifest: notificationsManifest,
      label: 'dropped_connections',
      environment: { SMTP_URL: `smtp://127.0.0.1:${mailSink.smtpPort}` },
    });
    sent = await service.tap<NotificationSentV1>(TOPICS.notifications);
    await service.publish(
      testEnvelope(governmentRegisteredV2, GOVERNMENT, {
        ...governmentRegisteredV2.example,
        governmentCode: GOVERNMENT,
        name: 'Stad Gent',
        contacts: [{ name: 'Samenleven Gent', email: 'samenleven@gent.example', phone: null, role: 'primary' }],
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await mailSink?.stop();
    if (mailDir) await rm(mailDir, { recursive: true, force: true });
    process.off('uncaughtException', recordUncaught);
  }, 60_000);

  it('stays up, becomes ready again and goes on sending', async () => {
    const emailsFor = (cause: EventEnvelope<object>): NotificationSentV1[] =>
      sent
        .filter((event) => event.payload.causeEventId === cause.eventId && event.payload.channel === 'email')
        .map((event) => event.payload);

    // Work in flight while the connections go: events consumed, e-mail sent and recorded, the relay publishing.
    // The drops come at uneven moments, also while connections are being opened again.
    const until = Date.now() + DROPPING_MS;
    let rounds = 0;
    let terminated = 0;
    while (Date.now() < until) {
      if (rounds % 10 === 0) await service.publish(reminder(rounds % 20 === 0 ? 3 : 14));
      await pause((rounds % 7) * 5);
      terminated += await dropEveryConnection(service.databaseUrl);
      rounds += 1;
    }
    // The drops found sessions to end again and again: the service kept reconnecting.
    expect(terminated).toBeGreaterThan(20);

    await eventually(async () => expect((await service.get('/health/ready')).status).toBe(200), { timeoutMs: 30_000 });
    // The relay's and the dispatcher's LISTEN sessions are back.
    const listening = async (): Promise<string[]> =>
      (
        await queryDatabase<{ application_name: string }>(
          service.databaseUrl,
          "SELECT application_name FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' ORDER BY 1",
        )
      ).map((row) => row.application_name);
    await eventually(async () => expect(await listening()).toEqual(['samenleven-notifications-mail', 'samenleven-notifications-relay']), {
      timeoutMs: 30_000,
    });
    const after = reminder(14);
    await service.publish(after);
    await eventually(() => expect(emailsFor(after)).toEqual([expect.objectContaining({ recipient: 'samenleven@gent.example' })]), {
      timeoutMs: 60_000,
    });
    // No event was given up on for a dropped connection: each was waited out, not dead-lettered.
    expect(await service.deadLetterCount('notifications')).toBe(0);
    expect(uncaught).toEqual([]);
  }, 180_000);
});
