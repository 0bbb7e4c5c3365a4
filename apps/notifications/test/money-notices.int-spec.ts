import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  governmentRegisteredV2,
  paymentReleasedV1,
  recoveryDecidedV1,
  recoveryProposedV1,
  TOPICS,
  type EventEnvelope,
  type NotificationSentV1,
} from '#contracts';
import { eventually, startServiceUnderTest, testEnvelope, type ServiceUnderTest } from '#testing';
import { startMailSink, type MailSink } from '../../../scripts/infra/mail-sink.js';
import { readMailFolder } from '../../../test/support/mail-folder.js';
import { notificationsManifest } from '../src/notifications.manifest.js';

/** Budgeting's facts about Gent's money over the real broker, to its contact person's mailbox through SMTP, once. */
describe('messages about the money on the real broker, database and an SMTP sink', () => {
  let service: ServiceUnderTest;
  let mailDir: string;
  let mailSink: MailSink;
  let sent: EventEnvelope<NotificationSentV1>[];

  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(tmpdir(), 'samenleven-money-mail-'));
    mailSink = await startMailSink({ smtpPort: 0, httpPort: 0, dir: mailDir });
    service = await startServiceUnderTest({
      manifest: notificationsManifest,
      label: 'notifications_money',
      environment: { SMTP_URL: `smtp://127.0.0.1:${mailSink.smtpPort}` },
    });
    sent = await service.tap<NotificationSentV1>(TOPICS.notifications);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await mailSink?.stop();
    if (mailDir) await rm(mailDir, { recursive: true, force: true });
  }, 60_000);

  it('tells Gent of a released payment, a proposed and a confirmed recovery, each once; a waiver is not sent', async () => {
    await service.publish(
      testEnvelope(governmentRegisteredV2, '44021', {
        ...governmentRegisteredV2.example,
        governmentCode: '44021',
        name: 'Stad Gent',
        contacts: [{ name: 'Financiën Gent', email: 'financien@gent.example', role: 'finance', phone: null }],
      }),
    );
    const payment = testEnvelope(paymentReleasedV1, '44021', paymentReleasedV1.example);
    const proposed = testEnvelope(recoveryProposedV1, '44021', recoveryProposedV1.example);
    const waived = testEnvelope(recoveryDecidedV1, '44021', { ...recoveryDecidedV1.example, outcome: 'waived', recoveredCents: 0 });
    const confirmed = testEnvelope(recoveryDecidedV1, '44021', recoveryDecidedV1.example);
    // Duplicates on the topic; the confirmation last on the same partition, so once it is sent everything before was handled.
    await service.publish(payment, payment, proposed, waived, proposed, confirmed, confirmed);
    await eventually(() =>
      expect(sent.filter((event) => event.payload.causeEventId === confirmed.eventId && event.payload.channel === 'email')).toHaveLength(1),
    );
    const mails = (await readMailFolder(mailDir)).filter((mail) => mail.to === 'financien@gent.example');
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      'Plan Samenleven: EUR 50.000,00 uitbetaald (voorschot, projectjaar 1)',
      'Plan Samenleven: terugvordering van EUR 30.000,00 voor A05 (projectjaar 1)',
      'Plan Samenleven: voorstel tot terugvordering voor A05 (projectjaar 1)',
    ]);
    const confirmation = mails.find((mail) => mail.subject.includes('terugvordering van'))!;
    expect(confirmation.text).toContain('uw lokaal bestuur betaalt EUR 30.000,00 terug, minder dan de voorgestelde EUR 36.000,00');
    expect(confirmation.html).toContain('<strong>EUR 30.000,00</strong>');
  }, 90_000);
});
