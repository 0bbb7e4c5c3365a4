import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  governmentRegisteredV2,
  indicatorStatusChangedV1,
  notificationSentV1,
  TOPICS,
  type EventEnvelope,
  type GovernmentRegisteredV2,
  type IndicatorStatus,
  type IndicatorStatusChangedV1,
  type NotificationSentV1,
} from '#contracts';
import { eventually, queryDatabase, startServiceUnderTest, testEnvelope, testStatusChange, type ServiceUnderTest } from '#testing';
import { startMailSink, type MailSink } from '../../../scripts/infra/mail-sink.js';
import { readMailFolder, type ReceivedMail } from '../../../test/support/mail-folder.js';
import { notificationsManifest } from '../src/notifications.manifest.js';
import type { DeliveryView as Delivery, InboxItem } from '../src/application/list-inbox/list-inbox.handler.js';

const SUBJECT_A05 = 'Plan Samenleven: A05 blijft achter op schema';
const SUBJECT_A02 = 'Plan Samenleven: A02 blijft achter op schema';

const registration = (
  governmentCode: string,
  name: string,
  contacts: Omit<GovernmentRegisteredV2['contacts'][number], 'phone'>[],
): EventEnvelope<GovernmentRegisteredV2> =>
  testEnvelope(governmentRegisteredV2, governmentCode, {
    ...governmentRegisteredV2.example,
    governmentCode,
    name,
    contacts: contacts.map((contact) => ({ ...contact, phone: null })),
  });

const statusChange = (
  governmentCode: string,
  indicatorCode: string,
  previousStatus: IndicatorStatus,
  status: IndicatorStatus,
  achieved: number | null = 600,
): EventEnvelope<IndicatorStatusChangedV1> =>
  testEnvelope(indicatorStatusChangedV1, governmentCode, testStatusChange(governmentCode, indicatorCode, previousStatus, status, achieved));

describe('notifications on the real broker, database and an SMTP sink', () => {
  let service: ServiceUnderTest;
  let mailDir: string;
  let mailSink: MailSink;
  let sent: EventEnvelope<NotificationSentV1>[];
  let abb: string;
  let gent: string;

  const mails = (): Promise<ReceivedMail[]> => readMailFolder(mailDir);
  const sentFor = (cause: EventEnvelope<object>): EventEnvelope<NotificationSentV1>[] =>
    sent.filter((event) => event.payload.causeEventId === cause.eventId);

  const contactsOf = (governmentCode: string): Promise<{ government_name: string; contacts: unknown }[]> =>
    queryDatabase(service.databaseUrl, 'SELECT government_name, contacts FROM government_contact WHERE government_code = $1', [
      governmentCode,
    ]);

  const heldNotices = async (governmentCode: string): Promise<string[]> =>
    (
      await queryDatabase<{ cause_event_id: string }>(
        service.databaseUrl,
        'SELECT cause_event_id FROM notice_awaiting_contacts WHERE government_code = $1 ORDER BY received_at',
        [governmentCode],
      )
    ).map((row) => row.cause_event_id);

  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(tmpdir(), 'samenleven-notifications-mail-'));
    mailSink = await startMailSink({ smtpPort: 0, httpPort: 0, dir: mailDir });
    service = await startServiceUnderTest({
      manifest: notificationsManifest,
      label: 'notifications',
      environment: { SMTP_URL: `smtp://127.0.0.1:${mailSink.smtpPort}` },
    });
    sent = await service.tap<NotificationSentV1>(TOPICS.notifications);
    abb = await service.issuer.token({ role: 'abb' });
    gent = await service.issuer.token({ role: 'government', org: '44021' });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await mailSink?.stop();
    if (mailDir) await rm(mailDir, { recursive: true, force: true });
  }, 60_000);

  it('keeps the contacts a government registered with', async () => {
    await service.publish(
      registration('44021', 'Stad Gent', [
        { name: 'Samenleven Gent', email: 'samenleven@gent.example', role: 'primary' },
        { name: 'Financiën Gent', email: 'financien@gent.example', role: 'finance' },
      ]),
    );
    await eventually(async () => expect(await contactsOf('44021')).toHaveLength(1));
    expect(await contactsOf('44021')).toEqual([
      {
        government_name: 'Stad Gent',
        contacts: [
          { name: 'Samenleven Gent', email: 'samenleven@gent.example', role: 'primary' },
          { name: 'Financiën Gent', email: 'financien@gent.example', role: 'finance' },
        ],
      },
    ]);
  });

  it('writes once per contact and once to the inbox when an indicator falls behind, and stays quiet otherwise', async () => {
    // Which changes warrant a message (staying lagging or recovering does not) is the database tier's
    // (notifications.db-spec.ts); here: a duplicate delivery, e-mail through SMTP, announcements and order.
    const cause = statusChange('44021', 'A05', 'not-reported', 'lagging');
    // Same key, so same partition: once the sentinel's messages go out, everything before it was handled.
    const sentinel = statusChange('44021', 'A02', 'on-track', 'lagging', 0);
    await service.publish(cause, cause, sentinel);

    // The dispatcher announces e-mail in the transaction that records it sent, and the relay publishes per key in
    // outbox order: once both e-mails of the sentinel are announced, every message queued before them was sent.
    await eventually(() => expect(sentFor(sentinel).filter((event) => event.payload.channel === 'email')).toHaveLength(2));

    const received = await mails();
    expect(received.map((mail) => [mail.subject, mail.to]).sort()).toEqual(
      [
        [SUBJECT_A02, 'financien@gent.example'],
        [SUBJECT_A02, 'samenleven@gent.example'],
        [SUBJECT_A05, 'financien@gent.example'],
        [SUBJECT_A05, 'samenleven@gent.example'],
      ].sort(),
    );
    const lagging = received.find((mail) => mail.subject === SUBJECT_A05 && mail.to === 'samenleven@gent.example')!;
    expect(lagging.text).toContain('Beste collega van Stad Gent,');
    expect(lagging.text).toContain('Bij de tussentijdse rapportering van projectjaar 1 blijft uw resultaat voor indicator A05 achter');
    expect(lagging.text).toContain('Actie: 5. Oefenkansen Nederlands organiseren');
    expect(lagging.text).toContain('Behaald: 600 (volwassen anderstalige die deelneemt aan een oefenkans)');
    expect(lagging.text).toContain('Verwacht tegen het einde van de periode: 997');
    expect(lagging.text).toContain('Doelstelling voor het projectjaar: 2.000');

    const inbox = await service.get<InboxItem[]>('/inbox?governmentCode=44021', gent);
    expect(inbox.status).toBe(200);
    expect(inbox.body.map((item) => item.subject).sort()).toEqual([SUBJECT_A02, SUBJECT_A05]);
    expect(inbox.body.find((item) => item.subject === SUBJECT_A05)!.body).toBe(lagging.text.trimEnd());

    // Both channels announced, each with the cause's correlation id, once.
    const announced = sentFor(cause);
    expect(announced.map((event) => [event.payload.channel, event.payload.recipient]).sort()).toEqual([
      ['email', 'financien@gent.example'],
      ['email', 'samenleven@gent.example'],
      ['inbox', '44021'],
    ]);
    for (const event of announced)
      expect(event).toMatchObject({
        type: notificationSentV1.type,
        version: 1,
        producer: 'notifications',
        key: '44021',
        correlationId: cause.correlationId,
        causationId: cause.eventId,
        payload: { governmentCode: '44021', template: 'indicator-lagging', causeEventId: cause.eventId },
      });
    // Each e-mail carries the id of the notification announced for it.
    const announcedEmail = announced.find(
      (event) => event.payload.channel === 'email' && event.payload.recipient === 'samenleven@gent.example',
    )!;
    expect(lagging.messageId).toBe(`<${announcedEmail.payload.notificationId}@samenleven.vlaanderen.example>`);

    const deliveries = await service.get<Delivery[]>('/deliveries?governmentCode=44021', abb);
    expect(deliveries.status).toBe(200);
    expect(deliveries.body).toHaveLength(6);
    expect(deliveries.body.every((delivery) => delivery.status === 'sent' && delivery.sentAt !== null)).toBe(true);
    expect(await service.deadLetterCount('notifications')).toBe(0);
  });

  it('holds a change for a government whose contacts are not known yet, and sends it once they arrive', async () => {
    const early = statusChange('11002', 'A05', 'not-reported', 'lagging', 100);
    const alsoEarly = statusChange('11002', 'A02', 'at-risk', 'lagging', 0);
    await service.publish(early);
    await service.publish(alsoEarly);
    const antwerpen = await service.issuer.token({ role: 'government', org: '11002' });
    // Registration travels on another topic and may come later: nothing is sent, nothing is dead-lettered, the notices wait.
    await eventually(async () => expect(await heldNotices('11002')).toEqual([early.eventId, alsoEarly.eventId]));
    expect((await service.get<InboxItem[]>('/inbox?governmentCode=11002', antwerpen)).body).toEqual([]);
    expect(sentFor(early)).toEqual([]);

    await service.publish(
      registration('11002', 'Stad Antwerpen', [{ name: 'Samenleven Antwerpen', email: 'samenleven@antwerpen.example', role: 'primary' }]),
    );
    await eventually(() => {
      expect(
        sentFor(early)
          .map((event) => event.payload.channel)
          .sort(),
      ).toEqual(['email', 'inbox']);
      expect(
        sentFor(alsoEarly)
          .map((event) => event.payload.channel)
          .sort(),
      ).toEqual(['email', 'inbox']);
    });
    // Sent as the cause would have been: its correlation id, caused by the status change.
    for (const event of [...sentFor(early), ...sentFor(alsoEarly)]) expect(event).toMatchObject({ key: '11002' });
    for (const event of sentFor(early)) expect(event).toMatchObject({ correlationId: early.correlationId, causationId: early.eventId });
    expect(
      (await mails())
        .filter((mail) => mail.to === 'samenleven@antwerpen.example')
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual([SUBJECT_A02, SUBJECT_A05]);
    expect((await service.get<InboxItem[]>('/inbox?governmentCode=11002', antwerpen)).body.map((item) => item.subject).sort()).toEqual([
      SUBJECT_A02,
      SUBJECT_A05,
    ]);
    expect(await heldNotices('11002')).toEqual([]);

    // The same registration delivered again (or an update of the contacts) sends nothing twice.
    await service.publish(
      registration('11002', 'Stad Antwerpen', [{ name: 'Samenleven Antwerpen', email: 'samenleven@antwerpen.example', role: 'primary' }]),
    );
    const sentinel = statusChange('11002', 'A05', 'on-track', 'lagging', 10);
    await service.publish(sentinel);
    await eventually(() =>
      expect(
        sentFor(sentinel)
          .map((event) => event.payload.channel)
          .sort(),
      ).toEqual(['email', 'inbox']),
    );
    expect(sentFor(early)).toHaveLength(2);
    expect(await service.deadLetterCount('notifications')).toBe(0);
  });

  it('shows the inbox to its own government and delivery tracking to ABB only', async () => {
    expect((await service.get('/deliveries?governmentCode=44021', gent)).status).toBe(403);
    expect((await service.get('/deliveries?governmentCode=44021')).status).toBe(401);
    expect(
      (await service.get<Delivery[]>('/deliveries?governmentCode=11002', abb)).body.map((delivery) => delivery.channel).sort(),
    ).toEqual(['email', 'email', 'email', 'inbox', 'inbox', 'inbox']);
    expect((await service.get('/inbox?governmentCode=11002', gent)).status).toBe(403);
    expect((await service.get<InboxItem[]>('/inbox?governmentCode=44021', abb)).body).toHaveLength(2);
    const badCode = await service.get<{ message: string }>('/inbox?governmentCode=Gent', abb);
    expect(badCode.status).toBe(400);
    expect(badCode.body.message).toContain('governmentCode');
  });
});
