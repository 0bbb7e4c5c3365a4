import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { notificationSentV1, type NotificationSentV1 } from '#contracts';
import { NotFound, RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { ChangePreferencesHandler } from '../src/application/change-preferences/change-preferences.handler.js';
import { ListInboxHandler } from '../src/application/list-inbox/list-inbox.handler.js';
import { MarkInboxReadHandler } from '../src/application/mark-inbox-read/mark-inbox-read.handler.js';
import { NotifyDeadlineHandler } from '../src/application/notify-deadline/notify-deadline.handler.js';
import { NotifyReviewHandler } from '../src/application/notify-review/notify-review.handler.js';
import { RecordContactsHandler } from '../src/application/record-contacts/record-contacts.handler.js';
import { RecordReportSubmissionHandler } from '../src/application/record-report-submission/record-report-submission.handler.js';
import { RecordStatusChangeHandler } from '../src/application/record-status-change/record-status-change.handler.js';
import { digestCauseId, SendAbbDigestHandler } from '../src/application/send-abb-digest/send-abb-digest.handler.js';
import { SignalPeriodStatusHandler } from '../src/application/signal-period-status/signal-period-status.handler.js';
import { notificationsManifest } from '../src/notifications.manifest.js';
import {
  registration,
  testOverdue,
  testReminder,
  testReview,
  testReviewV2,
  testStatusChangeV2,
  testSubmission,
  testSummary,
} from './notice-payloads.js';

const ABB_STAFF = ['opvolging@abb.example', 'an.peeters@abb.example'];
const ABB_ACTOR = { subject: 'abb-officer', role: 'abb', organisationCode: 'OVO002949' } as const;
const GENT_ACTOR = { subject: 'gent-officer', role: 'government', organisationCode: '44021' } as const;

interface Row {
  channel: string;
  recipient: string;
  template: string;
  subject: string;
  body: string;
}

/** Reminders, overdue notices, reviews, preferences, inbox read state, delivery search and ABB's digest. */
describe('the reporting cycle in notifications, on a real database', () => {
  let notifications: UseCasesUnderTest;
  let clock: ProgrammeClock;

  const rowsOf = (causeEventId: string): Promise<Row[]> =>
    notifications.query<Row>(
      'SELECT channel, recipient, template, subject, body FROM notification WHERE cause_event_id = $1 ORDER BY channel, recipient',
      [causeEventId],
    );
  const channelsOf = async (causeEventId: string): Promise<string[]> =>
    (await rowsOf(causeEventId)).map((row) => `${row.channel} ${row.recipient}`);
  const deadline = (command: Parameters<NotifyDeadlineHandler['execute']>[0]) => notifications.get(NotifyDeadlineHandler).execute(command);
  const review = (command: Parameters<NotifyReviewHandler['execute']>[0]) => notifications.get(NotifyReviewHandler).execute(command);
  const preferences = () => notifications.get(ChangePreferencesHandler);

  beforeAll(async () => {
    notifications = await startUseCasesUnderTest({
      manifest: notificationsManifest,
      label: 'notifications_cycle',
      environment: { ABB_DIGEST_RECIPIENTS: ABB_STAFF.join(','), ABB_DIGEST_AT: '07:00' },
    });
    clock = notifications.get(ProgrammeClock);
  });

  afterAll(async () => {
    await notifications?.stop();
  });

  beforeEach(async () => {
    await notifications.query(
      `TRUNCATE government_contact, notification, notice_awaiting_contacts, lagging_signal, notification_preference, digest_fact,
        report_review_state, abb_digest, outbox, audit_log`,
    );
    await notifications
      .get(RecordContactsHandler)
      .execute(registration('44021', 'Stad Gent', ['samenleven@gent.example', 'financien@gent.example']));
    await notifications.get(RecordContactsHandler).execute(registration('11002', 'Stad Antwerpen', ['samenleven@antwerpen.example']));
  });

  describe('reminders, overdue notices and reviews', () => {
    it('reminds 14 and 3 days before, once per cause, in Dutch', async () => {
      const fourteen = randomUUID();
      const three = randomUUID();
      expect(await deadline({ causeEventId: fourteen, reminder: testReminder('11002', 14) })).toBe(2);
      expect(await deadline({ causeEventId: fourteen, reminder: testReminder('11002', 14) })).toBe(0);
      expect(await deadline({ causeEventId: three, reminder: testReminder('11002', 3) })).toBe(2);
      const [first] = await rowsOf(fourteen);
      expect(first).toMatchObject({
        channel: 'email',
        recipient: 'samenleven@antwerpen.example',
        template: 'reminder',
        subject: 'Plan Samenleven: uw tussentijdse rapportering van projectjaar 1 wordt binnen 14 dagen verwacht (15 april 2023)',
      });
      expect(first?.body).toContain('Beste collega van Stad Antwerpen,');
      expect((await rowsOf(three))[0]?.body).toContain('Nog 3 dagen: op 15 april 2023');
    });

    it('sends the overdue notice and records the return for the digest, once', async () => {
      const cause = randomUUID();
      expect(await deadline({ causeEventId: cause, overdue: testOverdue('11002') })).toBe(2);
      expect(await deadline({ causeEventId: cause, overdue: testOverdue('11002') })).toBe(0);
      expect((await rowsOf(cause))[0]?.subject).toBe(
        'Plan Samenleven: uw tussentijdse rapportering van projectjaar 1 is te laat (verwacht op 15 april 2023)',
      );
      expect(await notifications.query("SELECT fact, government_code, to_char(due, 'YYYY-MM-DD') AS due FROM digest_fact")).toEqual([
        { fact: 'overdue', government_code: '11002', due: '2023-04-15' },
      ]);
    });

    it('tells the government its report was accepted, or which changes ABB asks for, with the comments', async () => {
      const accepted = randomUUID();
      const changes = randomUUID();
      expect(await review({ causeEventId: accepted, review: testReview('44021', 'accepted') })).toBe(3);
      const comment = 'Graag de telling per lessenreeks <b>toelichten</b>.';
      expect(
        await review({
          causeEventId: changes,
          review: testReview('44021', 'changes-requested', { comments: [{ indicatorCode: 'A05', comment }] }),
        }),
      ).toBe(3);
      expect((await rowsOf(accepted)).map((row) => [row.template, row.subject])).toEqual(
        Array(3).fill(['report-accepted', 'Plan Samenleven: uw tussentijdse rapportering van projectjaar 1 is aanvaard']),
      );
      const [email] = await rowsOf(changes);
      expect(email?.template).toBe('report-changes-requested');
      expect(email?.body).toContain(`- A05 (volwassen anderstalige die deelneemt aan een oefenkans): ${comment}`);
      const [html] = await notifications.query<{ html: string }>(
        'SELECT html FROM notification WHERE cause_event_id = $1 AND channel = $2 LIMIT 1',
        [changes, 'email'],
      );
      expect(html?.html).toContain('Graag de telling per lessenreeks &lt;b&gt;toelichten&lt;/b&gt;.');
    });

    it('tells the government of a v2 acceptance which motivations ABB did not accept, once per cause', async () => {
      const cause = randomUUID();
      const line = { currentReach: 0, motivation: 'Verbouwing van het ontmoetingscentrum.' };
      const accepted = testReviewV2('44021', 'accepted', {
        lines: [
          { ...line, indicatorCode: 'A05', approvedAdditionalReach: 2000, target: 2000, realised: 1400, motivationAccepted: false },
          { ...line, indicatorCode: 'A02', approvedAdditionalReach: 4, target: 4, realised: 3, motivationAccepted: true },
          {
            ...line,
            indicatorCode: 'A07',
            approvedAdditionalReach: 10,
            target: 10,
            realised: 12,
            motivation: null,
            motivationAccepted: null,
          },
        ],
      });
      expect(await review({ causeEventId: cause, review: accepted })).toBe(3);
      expect(await review({ causeEventId: cause, review: accepted })).toBe(0);
      const [email] = await rowsOf(cause);
      expect(email).toMatchObject({
        template: 'report-accepted',
        subject: 'Plan Samenleven: uw jaarrapportering van projectjaar 1 is aanvaard',
      });
      expect(email?.body).toContain(
        'ABB aanvaardt de motivering niet voor:\n' +
          '- A05 (volwassen anderstalige die deelneemt aan een oefenkans): 1.400 van de doelstelling 2.000\n' +
          'Voor deze indicatoren kan ABB een terugvordering voorstellen',
      );
      expect(email?.body).not.toContain('- A02');
      // The report no longer waits for a review in ABB's digest, whichever version told it.
      expect(
        await notifications.query('SELECT reviewed_version FROM report_review_state WHERE report_id = $1', [accepted.reportId]),
      ).toEqual([{ reviewed_version: 1 }]);
    });
  });

  describe('preferences', () => {
    it('leaves out a channel a government switched off, never a critical kind', async () => {
      const after = await notifications.as(GENT_ACTOR, () =>
        preferences().execute({
          recipient: '44021',
          audience: 'government',
          preferences: [
            { kind: 'reminder', channel: 'email', enabled: false },
            { kind: 'report-accepted', channel: 'email', enabled: false },
            { kind: 'report-accepted', channel: 'inbox', enabled: false },
          ],
        }),
      );
      expect(after.filter((preference) => !preference.enabled)).toEqual([
        { kind: 'reminder', channel: 'email', enabled: false, critical: false },
        { kind: 'report-accepted', channel: 'email', enabled: false, critical: false },
        { kind: 'report-accepted', channel: 'inbox', enabled: false, critical: false },
      ]);
      expect(after.filter((preference) => preference.critical).map((preference) => `${preference.kind}/${preference.channel}`)).toEqual([
        'lagging/email',
        'lagging/inbox',
        'at-risk/email',
        'at-risk/inbox',
        'overdue/email',
        'overdue/inbox',
      ]);
      const [audit] = await notifications.query<{ action: string; actor_subject: string; object_id: string }>(
        'SELECT action, actor_subject, object_id FROM audit_log',
      );
      expect(audit).toEqual({ action: 'notification-preferences-changed', actor_subject: 'gent-officer', object_id: '44021' });

      const reminder = randomUUID();
      await deadline({ causeEventId: reminder, reminder: testReminder('44021', 14) });
      expect(await channelsOf(reminder)).toEqual(['inbox 44021']);
      const accepted = randomUUID();
      expect(await review({ causeEventId: accepted, review: testReview('44021', 'accepted') })).toBe(0);
      expect(await channelsOf(accepted)).toEqual([]);
      // Antwerpen chose nothing: everything.
      const other = randomUUID();
      await deadline({ causeEventId: other, reminder: testReminder('11002', 14) });
      expect(await channelsOf(other)).toEqual(['email samenleven@antwerpen.example', 'inbox 11002']);
    });

    it('refuses to switch off lagging, at-risk or overdue, naming each, and changes nothing', async () => {
      const refused = preferences().execute({
        recipient: '44021',
        audience: 'government',
        preferences: [
          { kind: 'reminder', channel: 'email', enabled: false },
          { kind: 'lagging', channel: 'email', enabled: false },
          { kind: 'overdue', channel: 'inbox', enabled: false },
          { kind: 'abb-digest', channel: 'email', enabled: false },
        ],
      });
      await expect(refused).rejects.toThrow(RuleViolation);
      await expect(refused).rejects.toThrow(
        'preferences[1].enabled: lagging is critical and cannot be switched off; ' +
          'preferences[2].enabled: overdue is critical and cannot be switched off; ' +
          'preferences[3].kind: abb-digest is not sent to a local government',
      );
      expect(await notifications.count('notification_preference')).toBe(0);
      // Switching a critical kind on is no change, and allowed.
      await preferences().execute({
        recipient: '44021',
        audience: 'government',
        preferences: [{ kind: 'at-risk', channel: 'inbox', enabled: true }],
      });
      const overdue = randomUUID();
      await deadline({ causeEventId: overdue, overdue: testOverdue('44021') });
      expect(await channelsOf(overdue)).toEqual(['email financien@gent.example', 'email samenleven@gent.example', 'inbox 44021']);
    });
  });

  describe('the inbox and the delivery records', () => {
    it('counts unread messages and marks one read once, in the own inbox only', async () => {
      const listInbox = notifications.get(ListInboxHandler);
      const markRead = notifications.get(MarkInboxReadHandler);
      await deadline({ causeEventId: randomUUID(), reminder: testReminder('44021', 14) });
      await deadline({ causeEventId: randomUUID(), reminder: testReminder('44021', 3) });
      await deadline({ causeEventId: randomUUID(), reminder: testReminder('11002', 3) });
      expect(await listInbox.unreadCount({ inbox: '44021' })).toBe(2);
      const [newest] = await listInbox.inbox({ inbox: '44021' });
      const [antwerpen] = await listInbox.inbox({ inbox: '11002' });

      // Another government's message, or ABB's inbox asking for it, is not found; nothing changes.
      await expect(markRead.execute({ id: antwerpen!.id, inboxes: ['44021'] })).rejects.toThrow(NotFound);
      await expect(markRead.execute({ id: newest!.id, inboxes: ['abb'] })).rejects.toThrow(NotFound);
      await expect(markRead.execute({ id: randomUUID(), inboxes: ['44021'] })).rejects.toThrow(NotFound);
      // An e-mail is not an inbox message, whatever its id.
      const [email] = await notifications.query<{ id: string }>("SELECT id FROM notification WHERE channel = 'email' LIMIT 1");
      await expect(markRead.execute({ id: email!.id, inboxes: ['44021', '11002'] })).rejects.toThrow(NotFound);
      expect(await listInbox.unreadCount({ inbox: '11002' })).toBe(1);

      const read = await notifications.as(GENT_ACTOR, () => markRead.execute({ id: newest!.id, inboxes: ['44021'] }));
      expect(read.readAt).not.toBeNull();
      const again = await notifications.as(GENT_ACTOR, () => markRead.execute({ id: newest!.id, inboxes: ['44021'] }));
      expect(again.readAt).toBe(read.readAt);
      expect(await listInbox.unreadCount({ inbox: '44021' })).toBe(1);
      expect((await listInbox.inbox({ inbox: '44021' })).map((item) => item.readAt === null)).toEqual([false, true]);
      expect(await notifications.query('SELECT action, object_id FROM audit_log')).toEqual([
        { action: 'inbox-message-read', object_id: newest!.id },
      ]);
    });

    it('finds delivery records by government, kind and date', async () => {
      const listInbox = notifications.get(ListInboxHandler);
      await deadline({ causeEventId: randomUUID(), reminder: testReminder('44021', 14) });
      await deadline({ causeEventId: randomUUID(), overdue: testOverdue('44021') });
      await deadline({ causeEventId: randomUUID(), overdue: testOverdue('11002') });
      await notifications.query(
        `UPDATE notification
         SET created_at = '2026-11-01T10:00:00Z', status = 'failed', attempts = 6, last_error = '550 mailbox unavailable'
         WHERE template = 'reminder' AND channel = 'email'`,
      );
      const summary = async (query: Parameters<ListInboxHandler['deliveries']>[0]) =>
        (await listInbox.deliveries(query))
          .map((delivery) => `${delivery.governmentCode} ${delivery.kind} ${delivery.channel} ${delivery.status}`)
          .sort();
      expect(await summary({ governmentCode: '44021', kind: 'overdue' })).toEqual([
        '44021 overdue email queued',
        '44021 overdue email queued',
        '44021 overdue inbox sent',
      ]);
      expect(await summary({ kind: 'overdue' })).toHaveLength(5);
      const november = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-02T00:00:00Z') };
      expect(await summary({ ...november })).toEqual(['44021 reminder email failed', '44021 reminder email failed']);
      const [failed] = await listInbox.deliveries({ ...november, governmentCode: '44021', kind: 'reminder' });
      expect(failed).toMatchObject({
        attempts: 6,
        failureReason: '550 mailbox unavailable',
        sentAt: null,
        createdAt: '2026-11-01T10:00:00.000Z',
      });
      expect(await summary({ governmentCode: '12025' })).toEqual([]);
    });
  });

  describe("ABB's daily digest", () => {
    const digest = () => notifications.get(SendAbbDigestHandler).execute();
    const digestRows = (day: string) => rowsOf(digestCauseId(day));

    it('names what changed since the last digest and what waits for review, once a day, at 07:00 on the programme clock', async () => {
      const recordStatus = notifications.get(RecordStatusChangeHandler);
      const recordSubmission = notifications.get(RecordReportSubmissionHandler);
      clock.set(new Date('2023-04-16T04:00:00Z'));
      // Into lagging and at risk are news; staying or recovering is not.
      expect(
        await recordStatus.execute({ causeEventId: randomUUID(), change: testStatusChangeV2('44021', 'A05', 'on-track', 'at-risk') }),
      ).toBe(true);
      const lagging = randomUUID();
      expect(
        await recordStatus.execute({ causeEventId: lagging, change: testStatusChangeV2('11002', 'A02', 'not-reported', 'lagging') }),
      ).toBe(true);
      expect(
        await recordStatus.execute({ causeEventId: lagging, change: testStatusChangeV2('11002', 'A02', 'not-reported', 'lagging') }),
      ).toBe(true);
      expect(
        await recordStatus.execute({ causeEventId: randomUUID(), change: testStatusChangeV2('11002', 'A05', 'lagging', 'on-track') }),
      ).toBe(false);
      expect(
        await recordStatus.execute({ causeEventId: randomUUID(), change: testStatusChangeV2('11002', 'A07', 'lagging', 'lagging') }),
      ).toBe(false);
      await deadline({ causeEventId: randomUUID(), overdue: testOverdue('12025') });
      // Gent's report: version 2 waits (version 1 was reviewed); Antwerpen's was reviewed in its latest version.
      const gentReport = randomUUID();
      const antwerpenReport = randomUUID();
      await recordSubmission.execute(testSubmission('44021', gentReport, 1));
      await review({
        causeEventId: randomUUID(),
        review: testReview('44021', 'changes-requested', { reportId: gentReport, reportVersion: 1 }),
      });
      await recordSubmission.execute(testSubmission('44021', gentReport, 2, true));
      // A review arriving before its submission (a replay) still counts.
      await review({
        causeEventId: randomUUID(),
        review: testReview('11002', 'accepted', { reportId: antwerpenReport, reportVersion: 1 }),
      });
      await recordSubmission.execute(testSubmission('11002', antwerpenReport, 1));

      // 06:00 in Brussels: the digest of the 15th, which names all of it.
      expect(await digest()).toEqual({ day: '2023-04-15', messages: 3 });
      const rows = await digestRows('2023-04-15');
      expect(rows.map((row) => `${row.channel} ${row.recipient} ${row.template}`)).toEqual([
        'email an.peeters@abb.example abb-digest',
        'email opvolging@abb.example abb-digest',
        'inbox abb abb-digest',
      ]);
      expect(rows[0]?.subject).toBe('Plan Samenleven: dagoverzicht van 15 april 2023');
      const text = rows[0]!.body;
      expect(text).toContain(
        '- Stad Gent (44021), A05, tussentijdse rapportering van projectjaar 1: risico voor projectjaar 3 (onder 25%)',
      );
      expect(text).toContain('- Stad Antwerpen (11002), A02, tussentijdse rapportering van projectjaar 1: blijft achter');
      // A government this service has no name for is named by its code.
      expect(text).toContain('- 12025 (12025), tussentijdse rapportering van projectjaar 1, verwacht op 15 april 2023');
      expect(text).toContain(
        '- Stad Gent (44021), tussentijdse rapportering van projectjaar 1, versie 2, ingediend op 12 april 2023 (laat)',
      );
      expect(text).not.toContain('Stad Antwerpen (11002), tussentijdse rapportering van projectjaar 1, versie');
      // The digest is about no one government and is not announced.
      expect(
        (await notifications.outbox<NotificationSentV1>(notificationSentV1.type)).filter(
          (event) => event.payload.template === 'abb-digest',
        ),
      ).toEqual([]);

      // Again the same day, twice at once (two instances): nothing more.
      expect(await Promise.all([digest(), digest()])).toEqual([
        { day: null, messages: 0 },
        { day: null, messages: 0 },
      ]);
      // 07:00 in Brussels on the 16th: the next digest names only what is new, and what still waits.
      clock.set(new Date('2023-04-16T05:00:00Z'));
      expect(await digest()).toEqual({ day: '2023-04-16', messages: 3 });
      const next = (await digestRows('2023-04-16'))[0]!.body;
      expect(next).toContain('Besturen die achterop raakten of onder 25% zakten:\n- geen');
      expect(next).toContain('Rapporteringen die te laat zijn:\n- geen');
      expect(next).toContain('versie 2, ingediend op 12 april 2023 (laat)');
      expect(
        await notifications.query(
          "SELECT to_char(day, 'YYYY-MM-DD') AS day, status_changes, overdue, awaiting_review FROM abb_digest ORDER BY day",
        ),
      ).toEqual([
        { day: '2023-04-15', status_changes: 2, overdue: 1, awaiting_review: 1 },
        { day: '2023-04-16', status_changes: 0, overdue: 0, awaiting_review: 1 },
      ]);
    });

    it('composes one digest when two instances ask at the same moment', async () => {
      clock.set(new Date('2023-05-02T08:00:00Z'));
      await deadline({ causeEventId: randomUUID(), overdue: testOverdue('44021') });
      const outcomes = await Promise.all([digest(), digest(), digest()]);
      expect(outcomes.filter((outcome) => outcome.day !== null)).toEqual([{ day: '2023-05-02', messages: 3 }]);
      expect(await notifications.query("SELECT count(*)::int AS messages FROM notification WHERE template = 'abb-digest'")).toEqual([
        { messages: 3 },
      ]);
    });

    it('after a clock jump sends one digest for the last day, never one for a day before it, nothing on a quiet day', async () => {
      clock.set(new Date('2023-06-01T08:00:00Z'));
      expect(await digest()).toEqual({ day: '2023-06-01', messages: 0 });
      await deadline({ causeEventId: randomUUID(), overdue: testOverdue('44021') });
      clock.set(new Date('2023-06-09T12:00:00Z'));
      expect(await digest()).toEqual({ day: '2023-06-09', messages: 3 });
      // The clock set back: that day had its digest already (a later one, even).
      clock.set(new Date('2023-06-05T12:00:00Z'));
      expect(await digest()).toEqual({ day: null, messages: 0 });
      expect(await notifications.count('abb_digest')).toBe(2);
    });

    it("leaves out the e-mail when ABB switched it off, keeping ABB's inbox", async () => {
      await notifications.as(ABB_ACTOR, () =>
        preferences().execute({
          recipient: 'abb',
          audience: 'abb',
          preferences: [{ kind: 'abb-digest', channel: 'email', enabled: false }],
        }),
      );
      clock.set(new Date('2023-07-03T08:00:00Z'));
      await deadline({ causeEventId: randomUUID(), overdue: testOverdue('44021') });
      expect(await digest()).toEqual({ day: '2023-07-03', messages: 1 });
      expect(await channelsOf(digestCauseId('2023-07-03'))).toEqual(['inbox abb']);
      expect((await notifications.get(ListInboxHandler).inbox({ inbox: 'abb' })).map((item) => item.kind)).toEqual(['abb-digest']);
    });
  });

  it('keeps a lagging signal and a reminder for the same government apart (one message per recipient and cause)', async () => {
    const summary = randomUUID();
    const reminder = randomUUID();
    await notifications
      .get(SignalPeriodStatusHandler)
      .execute({ causeEventId: summary, summary: testSummary('44021', { lagging: { A05: 600 } }) });
    await deadline({ causeEventId: reminder, reminder: testReminder('44021', 3) });
    expect((await rowsOf(summary)).map((row) => row.template)).toEqual(['lagging', 'lagging', 'lagging']);
    expect((await rowsOf(reminder)).map((row) => row.template)).toEqual(['reminder', 'reminder', 'reminder']);
  });
});
