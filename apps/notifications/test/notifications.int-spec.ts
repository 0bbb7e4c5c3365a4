import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  governmentRegisteredV2,
  indicatorStatusChangedV1,
  indicatorStatusChangedV2,
  periodStatusSummarisedV1,
  reportReminderDueV1,
  reportReviewedV1,
  reportReviewedV2,
  reportSubmittedV2,
  returnOverdueV1,
  TOPICS,
  type EventEnvelope,
  type GovernmentRegisteredV2,
  type NotificationSentV1,
} from '#contracts';
import { ProgrammeClock } from '#platform';
import { eventually, queryDatabase, request, startServiceUnderTest, testEnvelope, testStatusChange, type ServiceUnderTest } from '#testing';
import { startMailSink, type MailSink } from '../../../scripts/infra/mail-sink.js';
import { readMailFolder, type ReceivedMail } from '../../../test/support/mail-folder.js';
import type { DeliveryView, InboxItem } from '../src/application/list-inbox/list-inbox.handler.js';
import { AbbDigestPoller } from '../src/interface/schedule/abb-digest.poller.js';
import { notificationsManifest } from '../src/notifications.manifest.js';
import { testOverdue, testReminder, testReview, testReviewV2, testStatusChangeV2, testSubmission, testSummary } from './notice-payloads.js';

const SUBJECT_A05 = 'Plan Samenleven: A05 blijft achter op schema';
const SUBJECT_A02 = 'Plan Samenleven: A02 blijft achter op schema';
const SUBJECT_REMINDER_14 =
  'Plan Samenleven: uw tussentijdse rapportering van projectjaar 1 wordt binnen 14 dagen verwacht (15 april 2023)';
const ABB_STAFF = ['opvolging@abb.example', 'an.peeters@abb.example'];

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
const summary = (governmentCode: string, lagging: Record<string, number>): EventEnvelope<object> =>
  testEnvelope(periodStatusSummarisedV1, governmentCode, testSummary(governmentCode, { lagging }));
const reminder = (governmentCode: string, daysBefore: 14 | 3 = 14): EventEnvelope<object> =>
  testEnvelope(reportReminderDueV1, governmentCode, testReminder(governmentCode, daysBefore));

describe('notifications on the real broker, database and an SMTP sink', () => {
  let service: ServiceUnderTest;
  let mailDir: string;
  let mailSink: MailSink;
  let sent: EventEnvelope<NotificationSentV1>[];
  let abb: string;
  let gent: string;
  let antwerpen: string;

  const mails = (): Promise<ReceivedMail[]> => readMailFolder(mailDir);
  const mailsTo = async (address: string): Promise<ReceivedMail[]> => (await mails()).filter((mail) => mail.to === address);
  const sentFor = (cause: EventEnvelope<object>): EventEnvelope<NotificationSentV1>[] =>
    sent.filter((event) => event.payload.causeEventId === cause.eventId);
  /** Once every e-mail of `cause` is announced, every message queued before it for the same government was sent. */
  const emailsAnnounced = (cause: EventEnvelope<object>, count: number): Promise<void> =>
    eventually(() => expect(sentFor(cause).filter((event) => event.payload.channel === 'email')).toHaveLength(count));
  const send = <T>(method: string, route: string, token: string, body?: unknown) =>
    request<T>(method, `${service.url}${route}`, token, body);

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
      environment: {
        SMTP_URL: `smtp://127.0.0.1:${mailSink.smtpPort}`,
        ABB_DIGEST_RECIPIENTS: ABB_STAFF.join(','),
        ABB_DIGEST_AT: '07:00',
      },
    });
    sent = await service.tap<NotificationSentV1>(TOPICS.notifications);
    abb = await service.issuer.token({ role: 'abb' });
    gent = await service.issuer.token({ role: 'government', org: '44021' });
    antwerpen = await service.issuer.token({ role: 'government', org: '11002' });
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

  it('signals a lagging period by e-mail (text and HTML) to every contact and in the inbox, once, and again only when worse', async () => {
    // Which summaries warrant a message is the database tier's (notifications.db-spec.ts); here: a duplicate delivery,
    // v1 ignored, e-mail through SMTP with its content, announcements and order.
    const cause = summary('44021', { A05: 600 });
    const v1 = testEnvelope(indicatorStatusChangedV1, '44021', testStatusChange('44021', 'A07', 'on-track', 'lagging'));
    const sameAgain = summary('44021', { A05: 700 });
    const worse = summary('44021', { A05: 700, A02: 0 });
    // Same key, so same partition: once the sentinel's messages go out, everything before it was handled.
    const sentinel = reminder('44021');
    await service.publish(cause, cause, v1, sameAgain, worse, sentinel);
    await emailsAnnounced(sentinel, 2);

    const received = (await mails()).filter((mail) => mail.to.endsWith('@gent.example'));
    expect(received.map((mail) => [mail.subject, mail.to]).sort()).toEqual(
      [
        [SUBJECT_A02, 'financien@gent.example'],
        [SUBJECT_A02, 'samenleven@gent.example'],
        [SUBJECT_A05, 'financien@gent.example'],
        [SUBJECT_A05, 'samenleven@gent.example'],
        [SUBJECT_REMINDER_14, 'financien@gent.example'],
        [SUBJECT_REMINDER_14, 'samenleven@gent.example'],
      ].sort(),
    );
    const lagging = received.find((mail) => mail.subject === SUBJECT_A05 && mail.to === 'samenleven@gent.example')!;
    for (const line of [
      'Beste collega van Stad Gent,',
      'Bij de tussentijdse rapportering van projectjaar 1 blijft uw resultaat voor indicator A05 achter',
      'Actie: 5. Oefenkansen Nederlands organiseren',
      'Behaald: 600 (volwassen anderstalige die deelneemt aan een oefenkans)',
      'Verwacht tegen het einde van de periode: 997',
      'Doelstelling voor het projectjaar: 2.000',
    ])
      expect(lagging.text).toContain(line);
    expect(lagging.html).toContain('<td>A05 (nieuw achter)</td><td>5. Oefenkansen Nederlands organiseren</td><td>600');
    // The worse summary names what is new and still shows the whole situation.
    const worseMail = received.find((mail) => mail.subject === SUBJECT_A02 && mail.to === 'samenleven@gent.example')!;
    expect(worseMail.text).toContain('Indicator A02 (nieuw achter)');
    expect(worseMail.text).toContain('Behaald: 700 (volwassen anderstalige');

    const inbox = await service.get<InboxItem[]>('/inbox?governmentCode=44021', gent);
    expect(inbox.status).toBe(200);
    expect(inbox.body.map((item) => item.subject).sort()).toEqual([SUBJECT_A02, SUBJECT_A05, SUBJECT_REMINDER_14]);
    expect(inbox.body.find((item) => item.subject === SUBJECT_A05)!.body).toBe(lagging.text.trimEnd());

    // Both channels announced, each with the cause's correlation id, once; each e-mail carries its notification's id.
    const announced = sentFor(cause);
    expect(announced.map((event) => [event.payload.channel, event.payload.recipient]).sort()).toEqual([
      ['email', 'financien@gent.example'],
      ['email', 'samenleven@gent.example'],
      ['inbox', '44021'],
    ]);
    for (const event of announced)
      expect(event).toMatchObject({
        key: '44021',
        correlationId: cause.correlationId,
        causationId: cause.eventId,
        payload: { governmentCode: '44021', template: 'lagging', causeEventId: cause.eventId },
      });
    const announcedEmail = announced.find(
      (event) => event.payload.channel === 'email' && event.payload.recipient === 'samenleven@gent.example',
    )!;
    expect(lagging.messageId).toBe(`<${announcedEmail.payload.notificationId}@samenleven.vlaanderen.example>`);
    expect(sentFor(v1)).toEqual([]);
    expect(sentFor(sameAgain)).toEqual([]);

    const deliveries = await service.get<DeliveryView[]>('/deliveries?governmentCode=44021&kind=lagging', abb);
    expect(deliveries.status).toBe(200);
    expect(deliveries.body).toHaveLength(6);
    expect(
      deliveries.body.every((delivery) => delivery.status === 'sent' && delivery.sentAt !== null && delivery.failureReason === null),
    ).toBe(true);
    expect(await service.deadLetterCount('notifications')).toBe(0);
  });

  it('holds notices for a government whose contacts are not known yet, and sends them once they arrive', async () => {
    const early = summary('11002', { A05: 100 });
    const alsoEarly = reminder('11002', 3);
    await service.publish(early, alsoEarly);
    await eventually(async () => expect(await heldNotices('11002')).toEqual([early.eventId, alsoEarly.eventId]));
    expect((await service.get<InboxItem[]>('/inbox?governmentCode=11002', antwerpen)).body).toEqual([]);

    await service.publish(
      registration('11002', 'Stad Antwerpen', [{ name: 'Samenleven Antwerpen', email: 'samenleven@antwerpen.example', role: 'primary' }]),
    );
    await emailsAnnounced(alsoEarly, 1);
    await emailsAnnounced(early, 1);
    for (const event of sentFor(early))
      expect(event).toMatchObject({ key: '11002', correlationId: early.correlationId, causationId: early.eventId });
    expect((await mailsTo('samenleven@antwerpen.example')).map((mail) => mail.subject).sort()).toEqual([
      SUBJECT_A05,
      'Plan Samenleven: uw tussentijdse rapportering van projectjaar 1 wordt binnen 3 dagen verwacht (15 april 2023)',
    ]);
    expect(await heldNotices('11002')).toEqual([]);
  });

  it('sends the overdue notice and the review with its comments to the contacts', async () => {
    const overdue = testEnvelope(returnOverdueV1, '11002', testOverdue('11002'));
    const comment = 'Graag de telling per lessenreeks toelichten.';
    const changes = testEnvelope(
      reportReviewedV1,
      '11002',
      testReview('11002', 'changes-requested', { comments: [{ indicatorCode: 'A05', comment }] }),
    );
    // v2 is what reporting publishes now; the v1 review above stands for one still in the log.
    const accepted = testEnvelope(
      reportReviewedV2,
      '11002',
      testReviewV2('11002', 'accepted', {
        lines: [
          {
            indicatorCode: 'A05',
            currentReach: 0,
            approvedAdditionalReach: 2000,
            target: 2000,
            realised: 1400,
            motivation: 'Verbouwing.',
            motivationAccepted: false,
          },
        ],
      }),
    );
    await service.publish(overdue, changes, accepted);
    await emailsAnnounced(changes, 1);
    await emailsAnnounced(accepted, 1);
    const received = await mailsTo('samenleven@antwerpen.example');
    const overdueMail = received.find((mail) => mail.subject.includes('is te laat'))!;
    expect(overdueMail.subject).toBe(
      'Plan Samenleven: uw tussentijdse rapportering van projectjaar 1 is te laat (verwacht op 15 april 2023)',
    );
    expect(overdueMail.text).toContain('Uw tussentijdse rapportering van projectjaar 1 werd verwacht op 15 april 2023');
    const review = received.find(
      (mail) => mail.subject === 'Plan Samenleven: ABB vraagt aanpassingen aan uw tussentijdse rapportering van projectjaar 1',
    )!;
    expect(review.text).toContain(`- A05 (volwassen anderstalige die deelneemt aan een oefenkans): ${comment}`);
    expect(review.html).toContain(`<li><strong>A05</strong> (volwassen anderstalige die deelneemt aan een oefenkans): ${comment}</li>`);
    const acceptance = received.find((mail) => mail.subject === 'Plan Samenleven: uw jaarrapportering van projectjaar 1 is aanvaard')!;
    expect(acceptance.text).toContain('- A05 (volwassen anderstalige die deelneemt aan een oefenkans): 1.400 van de doelstelling 2.000');
  });

  it('lets users read and mark only their own inbox, and choose what they receive except what is critical', async () => {
    const unread = await service.get<{ unread: number }>('/inbox/unread-count?governmentCode=44021', gent);
    expect(unread).toEqual({ status: 200, body: { unread: 3 } });
    const [newest] = (await service.get<InboxItem[]>('/inbox?governmentCode=44021', gent)).body;
    expect((await send('POST', `/inbox/${newest!.id}/read`, antwerpen)).status).toBe(404);
    expect((await send('POST', `/inbox/${newest!.id}/read`, abb)).status).toBe(404);
    const read = await send<InboxItem>('POST', `/inbox/${newest!.id}/read`, gent);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await service.get<{ unread: number }>('/inbox/unread-count?governmentCode=44021', gent)).body).toEqual({ unread: 2 });
    expect((await send('POST', '/inbox/not-a-uuid/read', gent)).status).toBe(400);
    expect((await service.get('/inbox?governmentCode=11002', gent)).status).toBe(403);
    expect((await service.get('/inbox', gent)).status).toBe(403);
    expect((await service.get<{ detail: string }>('/inbox?governmentCode=44021', abb)).body.detail).toContain('GET /deliveries');
    expect((await service.get('/inbox?governmentCode=Gent', gent)).status).toBe(400);
    expect((await service.get('/deliveries?governmentCode=44021', gent)).status).toBe(403);
    expect((await service.get('/deliveries?governmentCode=44021')).status).toBe(401);
    expect((await service.get('/deliveries?kind=gossip', abb)).status).toBe(400);

    const refused = await send<{ problems: { field: string; problem: string }[] }>('PUT', '/preferences', gent, {
      governmentCode: '44021',
      preferences: [{ kind: 'overdue', channel: 'email', enabled: false }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([{ field: 'preferences[0].enabled', problem: 'overdue is critical and cannot be switched off' }]);
    const reminderOff = [{ kind: 'reminder', channel: 'email', enabled: false }];
    expect((await send('PUT', '/preferences', antwerpen, { governmentCode: '44021', preferences: reminderOff })).status).toBe(403);
    const changed = await send<{ kind: string; channel: string; enabled: boolean }[]>('PUT', '/preferences', gent, {
      governmentCode: '44021',
      preferences: reminderOff,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.filter((preference) => !preference.enabled)).toEqual([
      { kind: 'reminder', channel: 'email', enabled: false, critical: false },
    ]);
    expect((await service.get<unknown[]>('/preferences?governmentCode=44021', gent)).body).toEqual(changed.body);

    // The next reminder reaches the inbox only; an overdue notice still goes by e-mail.
    const nextReminder = reminder('44021', 3);
    const overdue = testEnvelope(returnOverdueV1, '44021', testOverdue('44021'));
    await service.publish(nextReminder, overdue);
    await emailsAnnounced(overdue, 2);
    expect(sentFor(nextReminder).map((event) => event.payload.channel)).toEqual(['inbox']);
  });

  it("sends ABB's daily digest to the configured staff once, at its moment on the programme clock", async () => {
    await service.publish(
      testEnvelope(indicatorStatusChangedV2, '44021', testStatusChangeV2('44021', 'A05', 'lagging', 'at-risk')),
      testEnvelope(reportSubmittedV2, '44021', testSubmission('44021', '7c9e6679-7425-40de-944b-e07fc1f90ae7', 1)),
    );
    await eventually(async () =>
      expect(
        await queryDatabase(
          service.databaseUrl,
          `SELECT fact FROM digest_fact WHERE fact = 'status-changed'
           UNION ALL SELECT 'waiting' FROM report_review_state WHERE submitted_version > reviewed_version`,
        ),
      ).toHaveLength(2),
    );
    // The service composed today's (empty) digest when it started; the next comes tomorrow at 07:00 Brussels time.
    const clock = service.app.get(ProgrammeClock);
    const tomorrow = new Date(clock.now().getTime() + 24 * 3_600_000);
    clock.set(new Date(`${tomorrow.toISOString().slice(0, 10)}T10:00:00Z`));
    const poller = service.app.get(AbbDigestPoller);
    await poller.tick();
    await poller.tick();
    await eventually(async () => expect((await mails()).filter((mail) => ABB_STAFF.includes(mail.to))).toHaveLength(2));
    const digests = (await mails()).filter((mail) => ABB_STAFF.includes(mail.to));
    expect(digests.map((mail) => mail.to).sort()).toEqual([...ABB_STAFF].sort());
    expect(digests[0]!.subject).toMatch(/^Plan Samenleven: dagoverzicht van \d{1,2} \w+ \d{4}$/);
    expect(digests[0]!.text).toContain(
      '- Stad Gent (44021), A05, tussentijdse rapportering van projectjaar 1: risico voor projectjaar 3 (onder 25%)',
    );
    expect(digests[0]!.text).toContain(
      '- Stad Gent (44021), tussentijdse rapportering van projectjaar 1, versie 1, ingediend op 11 april 2023',
    );
    expect((await service.get<InboxItem[]>('/inbox', abb)).body.map((item) => item.kind)).toEqual(['abb-digest']);
    expect(await service.deadLetterCount('notifications')).toBe(0);
  });
});
