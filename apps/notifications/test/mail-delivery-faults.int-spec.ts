import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import nodemailer from 'nodemailer';
import {
  governmentRegisteredV2,
  periodStatusSummarisedV1,
  TOPICS,
  type EventEnvelope,
  type GovernmentRegisteredV2,
  type NotificationSentV1,
} from '#contracts';
import { eventually, queryDatabase, startServiceUnderTest, testEnvelope, type ServiceUnderTest, type TcpProxy } from '#testing';
import { startMailSink, type MailSink } from '../../../scripts/infra/mail-sink.js';
import { readMailFolder, type ReceivedMail } from '../../../test/support/mail-folder.js';
import { notificationsManifest } from '../src/notifications.manifest.js';
import { testSummary } from './notice-payloads.js';

const messageIdOf = (notificationId: string): string => `<${notificationId}@samenleven.vlaanderen.example>`;
const OUTAGE_MS = 2_000;

interface EmailRow {
  id: string;
  recipient: string;
  status: string;
  attempts: number;
}

/**
 * The worst moments for mail: the database goes away right after the SMTP server accepted a message (before
 * the dispatcher can record it), and a dispatcher dies in that same window. The sink runs the faults before it
 * tells the client the message was accepted, so the record always meets them.
 */
describe('mail delivery when the database fails right after the SMTP server accepted a message', () => {
  let service: ServiceUnderTest;
  let proxy: TcpProxy;
  let mailDir: string;
  let mailSink: MailSink;
  let sent: EventEnvelope<NotificationSentV1>[];
  /** Run by the sink on the next accepted messages, one each, before it replies. */
  const faultsOnAccept: (() => Promise<void>)[] = [];
  const outageEnded: Promise<void>[] = [];

  const mails = (): Promise<ReceivedMail[]> => readMailFolder(mailDir);
  const emailRows = (governmentCode: string): Promise<EmailRow[]> =>
    queryDatabase<EmailRow>(
      service.databaseUrl,
      "SELECT id, recipient, status, attempts FROM notification WHERE channel = 'email' AND government_code = $1 ORDER BY id",
      [governmentCode],
    );
  /** The distinct events announcing a delivery: the relay publishes at least once, so a cut can repeat an event id on the topic. */
  const announcedEmail = (notificationId: string): string[] => [
    ...new Set(sent.filter((event) => event.payload.notificationId === notificationId).map((event) => event.eventId)),
  ];
  /** The service's connections (pool, listeners), by the application name it connects with; not the test's own. */
  const SERVICE_CONNECTIONS =
    "FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'samenleven-notifications%'";
  const serviceConnections = (): Promise<{ pid: number }[]> => queryDatabase(service.databaseUrl, `SELECT pid ${SERVICE_CONNECTIONS}`);
  const terminateConnections = (): Promise<{ terminated: boolean }[]> =>
    queryDatabase(service.databaseUrl, `SELECT pg_terminate_backend(pid) AS terminated ${SERVICE_CONNECTIONS}`);
  const registration = (governmentCode: string, emails: string[]): EventEnvelope<GovernmentRegisteredV2> =>
    testEnvelope(governmentRegisteredV2, governmentCode, {
      ...governmentRegisteredV2.example,
      governmentCode,
      name: `Gemeente ${governmentCode}`,
      contacts: emails.map((email, index) => ({
        name: `Contact ${index + 1}`,
        email,
        phone: null,
        role: index === 0 ? 'primary' : 'finance',
      })),
    });

  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(tmpdir(), 'samenleven-mail-faults-'));
    mailSink = await startMailSink({
      smtpPort: 0,
      httpPort: 0,
      dir: mailDir,
      onAccept: () => faultsOnAccept.shift()?.() ?? Promise.resolve(),
    });
    service = await startServiceUnderTest({
      manifest: notificationsManifest,
      label: 'notifications_mail_faults',
      environment: { SMTP_URL: `smtp://127.0.0.1:${mailSink.smtpPort}` },
      databaseProxy: true,
    });
    proxy = service.databaseProxy!;
    sent = await service.tap<NotificationSentV1>(TOPICS.notifications);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(outageEnded);
    await service?.stop();
    await mailSink?.stop();
    if (mailDir) await rm(mailDir, { recursive: true, force: true });
  }, 60_000);

  /** A lagging signal in four periods for a government with three contacts: twelve e-mails, sent side by side. */
  const burst = async (governmentCode: string, domain: string): Promise<EmailRow[]> => {
    const emails = ['samenleven', 'financien', 'welzijn'].map((name) => `${name}@${domain}`);
    await service.publish(registration(governmentCode, emails));
    const changes = ['PJ1-INTERIM', 'PJ1-ANNUAL', 'PJ2-INTERIM', 'PJ2-ANNUAL'].map((periodCode) =>
      testEnvelope(periodStatusSummarisedV1, governmentCode, testSummary(governmentCode, { lagging: { A05: 0 } }, periodCode)),
    );
    await service.publish(...changes);
    // Every message recorded sent, which is the only way out of 'sending' once accepted: nothing can go out again.
    return eventually(
      async () => {
        const current = await emailRows(governmentCode);
        expect(current).toHaveLength(changes.length * emails.length);
        expect(current.filter((row) => row.status !== 'sent')).toEqual([]);
        return current;
      },
      { timeoutMs: 60_000 },
    );
  };

  const expectEachSentAndAnnouncedOnce = async (rows: EmailRow[], domain: string): Promise<void> => {
    const received = (await mails()).filter((mail) => mail.to.endsWith(`@${domain}`));
    expect(received.map((mail) => mail.messageId).sort()).toEqual(rows.map((row) => messageIdOf(row.id)).sort());
    // Recorded on the first claim: the record was retried, the message was not sent again.
    expect(rows.map((row) => row.attempts)).toEqual(rows.map(() => 1));
    await eventually(() => expect(rows.filter((row) => announcedEmail(row.id).length === 0)).toEqual([]), { timeoutMs: 30_000 });
    expect(rows.map((row) => announcedEmail(row.id).length)).toEqual(rows.map(() => 1));
    expect(await service.deadLetterCount('notifications')).toBe(0);
  };

  it('sends each message exactly once when every database connection is cut, and new ones refused, at acceptance', async () => {
    // The messages in flight beside the first one are accepted during the outage too.
    faultsOnAccept.push(async () => {
      await proxy.pause();
      outageEnded.push(sleep(OUTAGE_MS).then(() => proxy.resume()));
    });
    const rows = await burst('23027', 'halle.example');
    expect(faultsOnAccept).toHaveLength(0);
    await expectEachSentAndAnnouncedOnce(rows, 'halle.example');
  }, 120_000);

  it('sends each message exactly once when every backend of the service is terminated at acceptance', async () => {
    // Connected again after the outage before (its listeners reconnect on their own): there is something to terminate.
    await eventually(async () => expect((await serviceConnections()).length).toBeGreaterThan(0));
    let terminated = 0;
    faultsOnAccept.push(async () => {
      terminated = (await terminateConnections()).filter((row) => row.terminated).length;
    });
    const rows = await burst('23044', 'kortrijk.example');
    expect(terminated).toBeGreaterThan(0);
    await expectEachSentAndAnnouncedOnce(rows, 'kortrijk.example');
  }, 120_000);

  it('sends again, with the same Message-ID, only a message whose dispatcher died between acceptance and record', async () => {
    // As a dispatcher that died would leave them: one claimed long ago and already accepted by the SMTP server,
    // one claimed a moment ago (its dispatcher may still be sending it, so it is not taken over).
    const orphaned = randomUUID();
    const inFlight = randomUUID();
    for (const [id, claimedAgo] of [
      [orphaned, '1 hour'],
      [inFlight, '1 second'],
    ] as const)
      await queryDatabase(
        service.databaseUrl,
        `INSERT INTO notification (id, government_code, channel, recipient, template, subject, body, cause_event_id, correlation_id,
           status, attempts, next_attempt_at, created_at, claimed_at, claimed_by)
         VALUES ($1, '31005', 'email', $2, 'lagging', 'Plan Samenleven: A05 blijft achter op schema', 'Beste collega,',
           $3, 'c-dead', 'sending', 1, now() - interval '1 hour', now() - interval '1 hour', now() - $4::interval, 'dead-host/1/deadbeef')`,
        [id, `${id}@brugge.example`, randomUUID(), claimedAgo],
      );
    const deadDispatcher = nodemailer.createTransport({ url: `smtp://127.0.0.1:${mailSink.smtpPort}` });
    await deadDispatcher.sendMail({
      from: 'samenleven@vlaanderen.example',
      to: `${orphaned}@brugge.example`,
      subject: 'Plan Samenleven: A05 blijft achter op schema',
      text: 'Beste collega,',
      messageId: messageIdOf(orphaned),
    });
    deadDispatcher.close();

    await eventually(
      async () => expect(await emailRows('31005')).toContainEqual(expect.objectContaining({ id: orphaned, status: 'sent' })),
      {
        timeoutMs: 30_000,
      },
    );
    const copies = (await mails()).filter((mail) => mail.to === `${orphaned}@brugge.example`);
    expect(copies.map((mail) => mail.messageId)).toEqual([messageIdOf(orphaned), messageIdOf(orphaned)]);
    expect(copies[1]!.subject).toBe(copies[0]!.subject);
    expect(await emailRows('31005')).toEqual(
      [
        { id: orphaned, recipient: `${orphaned}@brugge.example`, status: 'sent', attempts: 2 },
        { id: inFlight, recipient: `${inFlight}@brugge.example`, status: 'sending', attempts: 1 },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect((await mails()).filter((mail) => mail.to === `${inFlight}@brugge.example`)).toEqual([]);
    // The dead dispatcher never recorded its send, so the delivery is announced once, by the one that did.
    await eventually(() => expect(announcedEmail(orphaned)).toHaveLength(1));
  }, 60_000);
});
