import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { notificationSentV1, type GovernmentUpdatedV1, type NotificationSentV1, type PeriodStatusSummarisedV1 } from '#contracts';
import { runWithContext } from '#observability';
import { UnitOfWork } from '#persistence';
import { startUseCasesUnderTest, testStatusChange, type UseCasesUnderTest } from '#testing';
import { ListInboxHandler } from '../src/application/list-inbox/list-inbox.handler.js';
import { RecordContactsHandler } from '../src/application/record-contacts/record-contacts.handler.js';
import { SignalPeriodStatusHandler } from '../src/application/signal-period-status/signal-period-status.handler.js';
import { notificationsManifest } from '../src/notifications.manifest.js';
import { registration, testSummary } from './notice-payloads.js';

const SUBJECT_A05 = 'Plan Samenleven: A05 blijft achter op schema';
const SUBJECT_A02 = 'Plan Samenleven: A02 blijft achter op schema';

const gent = registration('44021', 'Stad Gent', ['samenleven@gent.example', 'financien@gent.example']);
const antwerpen = registration('11002', 'Stad Antwerpen', ['samenleven@antwerpen.example']);

interface NotificationRow {
  id: string;
  channel: string;
  recipient: string;
  template: string;
  subject: string;
  status: string;
  attempts: number;
  sent: boolean;
  has_html: boolean;
  cause_event_id: string;
  correlation_id: string | null;
}

/** Notices to governments: the lagging and at-risk signal, held notices, the inbox. */
describe('notifications use cases on a real database', () => {
  let notifications: UseCasesUnderTest;
  let signalPeriodStatus: SignalPeriodStatusHandler;
  let recordContacts: RecordContactsHandler;

  /** As the consumer runs it: in the context of the summary event, which is the cause. */
  const signal = (
    summary: PeriodStatusSummarisedV1,
    causeEventId: string = randomUUID(),
    correlationId = `c-${causeEventId}`,
  ): Promise<number> =>
    runWithContext({ correlationId, causationId: causeEventId }, () => signalPeriodStatus.execute({ causeEventId, summary }));
  const rowsOf = (causeEventId: string): Promise<NotificationRow[]> =>
    notifications.query<NotificationRow>(
      `SELECT id, channel, recipient, template, subject, status, attempts, sent_at IS NOT NULL AS sent, html IS NOT NULL AS has_html,
         cause_event_id, correlation_id
       FROM notification WHERE cause_event_id = $1 ORDER BY channel, recipient`,
      [causeEventId],
    );
  const sentFor = async (causeEventId: string) =>
    (await notifications.outbox<NotificationSentV1>(notificationSentV1.type)).filter(
      (event) => event.payload.causeEventId === causeEventId,
    );
  const heldFor = async (governmentCode: string): Promise<string[]> =>
    (
      await notifications.query<{ cause_event_id: string }>(
        'SELECT cause_event_id FROM notice_awaiting_contacts WHERE government_code = $1 ORDER BY received_at',
        [governmentCode],
      )
    ).map((row) => row.cause_event_id);

  beforeAll(async () => {
    notifications = await startUseCasesUnderTest({ manifest: notificationsManifest, label: 'notifications_db' });
    signalPeriodStatus = notifications.get(SignalPeriodStatusHandler);
    recordContacts = notifications.get(RecordContactsHandler);
  });

  afterAll(async () => {
    await notifications?.stop();
  });

  beforeEach(async () => {
    await notifications.query('TRUNCATE government_contact, notification, notice_awaiting_contacts, lagging_signal, outbox');
  });

  describe('the lagging and at-risk signal', () => {
    it('writes an e-mail per contact and an inbox item for a lagging summary, once per cause; announces the inbox', async () => {
      await recordContacts.execute(gent);
      expect(await notifications.query('SELECT government_name, contacts FROM government_contact')).toEqual([
        { government_name: 'Stad Gent', contacts: gent.contacts.map(({ name, email, role }) => ({ name, email, role })) },
      ]);
      expect(await notifications.count('outbox')).toBe(0);

      const cause = randomUUID();
      const lagging = testSummary('44021', { lagging: { A05: 600 } });
      expect(await signal(lagging, cause, 'c-lagging')).toBe(3);
      // The same cause again, also twice at once: nothing more.
      expect(await signal(lagging, cause, 'c-lagging')).toBe(0);
      expect(await Promise.all([signal(lagging, cause), signal(lagging, cause)])).toEqual([0, 0]);

      const rows = await rowsOf(cause);
      const expected = (channel: string, recipient: string, delivered: boolean) =>
        expect.objectContaining({
          channel,
          recipient,
          template: 'lagging',
          subject: SUBJECT_A05,
          status: delivered ? 'sent' : 'pending',
          attempts: 0,
          sent: delivered,
          // HTML is for e-mail; the inbox shows the text.
          has_html: !delivered,
          correlation_id: 'c-lagging',
        });
      expect(rows).toEqual([
        // E-mail waits for the mail dispatcher, which this tier does not start; the inbox is delivered by being written.
        expected('email', 'financien@gent.example', false),
        expected('email', 'samenleven@gent.example', false),
        expected('inbox', '44021', true),
      ]);
      const [body] = await notifications.query<{ body: string; html: string }>(
        "SELECT body, html FROM notification WHERE channel = 'email' ORDER BY recipient LIMIT 1",
      );
      for (const text of [
        'Beste collega van Stad Gent,',
        'Bij de tussentijdse rapportering van projectjaar 1 blijft uw resultaat voor indicator A05 achter',
        'Actie: 5. Oefenkansen Nederlands organiseren',
        'Behaald: 600 (volwassen anderstalige die deelneemt aan een oefenkans)',
        'Verwacht tegen het einde van de periode: 997',
        'Doelstelling voor het projectjaar: 2.000',
      ])
        expect(body?.body).toContain(text);
      expect(body?.html).toContain('<td>A05 (nieuw achter)</td><td>5. Oefenkansen Nederlands organiseren</td>');

      // Only the inbox is announced now; each e-mail is announced by the dispatcher once sent.
      expect(await notifications.outbox()).toEqual([
        expect.objectContaining({
          type: notificationSentV1.type,
          key: '44021',
          correlationId: 'c-lagging',
          causationId: cause,
          payload: {
            notificationId: rows[2]!.id,
            governmentCode: '44021',
            channel: 'inbox',
            recipient: '44021',
            template: 'lagging',
            causeEventId: cause,
          },
        }),
      ]);
    });

    it('signals a period once, and again only when it gets worse: a new indicator behind, or lagging becoming at risk', async () => {
      await recordContacts.execute(antwerpen);
      const subjects = async (summary: PeriodStatusSummarisedV1): Promise<string[]> => {
        const cause = randomUUID();
        await signal(summary, cause);
        return (await rowsOf(cause)).map((row) => `${row.channel} ${row.template}: ${row.subject}`);
      };
      expect(await subjects(testSummary('11002', { lagging: { A05: 600 } }))).toEqual([
        `email lagging: ${SUBJECT_A05}`,
        `inbox lagging: ${SUBJECT_A05}`,
      ]);
      // A later summary (a correction) with the same situation, a better one, or nothing behind: no news.
      expect(await subjects(testSummary('11002', { lagging: { A05: 700 } }))).toEqual([]);
      expect(await subjects(testSummary('11002', {}))).toEqual([]);
      // A05 recovered and falls back: it was signalled in this period already.
      expect(await subjects(testSummary('11002', { lagging: { A05: 650 } }))).toEqual([]);
      // A02 falls behind as well: the message names the new one.
      const bothBehind = await subjects(testSummary('11002', { lagging: { A05: 650, A02: 0 } }));
      expect(bothBehind).toEqual([`email lagging: ${SUBJECT_A02}`, `inbox lagging: ${SUBJECT_A02}`]);
      // A05 drops below 25%: at risk, which is worse than lagging.
      const atRisk = 'Plan Samenleven: A05 onder 25% van de doelstelling – voortzetting in projectjaar 3 vraagt een motivering';
      expect(await subjects(testSummary('11002', { lagging: { A02: 0 }, atRisk: { A05: 300 } }))).toEqual([
        `email at-risk: ${atRisk}`,
        `inbox at-risk: ${atRisk}`,
      ]);
      // At risk back to lagging is not worse.
      expect(await subjects(testSummary('11002', { lagging: { A02: 0, A05: 600 } }))).toEqual([]);
      // Another period starts afresh; another government too.
      expect(await subjects(testSummary('11002', { lagging: { A05: 1200 } }, 'PJ1-ANNUAL'))).toHaveLength(2);
      expect(
        await notifications.query('SELECT government_code, period_code, lagging, at_risk FROM lagging_signal ORDER BY period_code'),
      ).toEqual([
        { government_code: '11002', period_code: 'PJ1-ANNUAL', lagging: ['A05'], at_risk: [] },
        { government_code: '11002', period_code: 'PJ1-INTERIM', lagging: ['A02', 'A05'], at_risk: ['A05'] },
      ]);
    });

    it('sends one signal when two summaries of the same situation are handled at once (two instances, a rebalance)', async () => {
      await recordContacts.execute(gent);
      const causes = [randomUUID(), randomUUID(), randomUUID()];
      const written = await Promise.all(causes.map((cause) => signal(testSummary('44021', { lagging: { A05: 600, A02: 0 } }), cause)));
      expect(written.sort()).toEqual([0, 0, 3]);
      expect(await notifications.count('notification')).toBe(3);
      const [row] = await notifications.query<{ subject: string }>("SELECT subject FROM notification WHERE channel = 'inbox'");
      expect(row?.subject).toBe('Plan Samenleven: A02 en A05 blijven achter op schema');
    });

    it('writes to the contacts as last recorded', async () => {
      await recordContacts.execute(gent);
      await recordContacts.execute(registration('44021', 'Stad Gent', ['nieuw@gent.example']));
      const cause = randomUUID();
      expect(await signal(testSummary('44021', { lagging: { A05: 600 } }), cause)).toBe(2);
      expect((await rowsOf(cause)).map((row) => [row.channel, row.recipient])).toEqual([
        ['email', 'nieuw@gent.example'],
        ['inbox', '44021'],
      ]);
    });

    it('leaves e-mail pending, since the mail dispatcher is not started in this tier', async () => {
      await recordContacts.execute(antwerpen);
      const cause = randomUUID();
      await signal(testSummary('11002', { lagging: { A05: 600 } }), cause);
      // Longer than the dispatcher's fallback poll (1 s): a running dispatcher would have tried by now.
      await sleep(1500);
      expect((await rowsOf(cause)).map((row) => [row.channel, row.status, row.attempts, row.sent])).toEqual([
        ['email', 'pending', 0, false],
        ['inbox', 'sent', 0, true],
      ]);
      expect((await sentFor(cause)).map((event) => event.payload.channel)).toEqual(['inbox']);
    });
  });

  describe('a government whose contacts are not known yet', () => {
    it('holds its notices until an update brings contacts, then sends them under their own correlation id', async () => {
      // The shipped register announces every municipality without contacts; ABB imports them later.
      await recordContacts.execute({ ...registration('71016', 'Genk', []), kind: 'municipality' });
      const cause = randomUUID();
      expect(await signal(testSummary('71016', { lagging: { A05: 100 } }), cause, 'c-early')).toBe(0);
      expect(await signal(testSummary('71016', { lagging: { A05: 100 } }), cause, 'c-early')).toBe(0);
      expect(await heldFor('71016')).toEqual([cause]);
      expect(await notifications.count('notification')).toBe(0);

      const updated: GovernmentUpdatedV1 = { ...registration('71016', 'Genk', ['samenleven@genk.example']), changedFields: ['contacts'] };
      await runWithContext({ correlationId: 'c-registration', causationId: randomUUID() }, () => recordContacts.execute(updated));
      expect(await heldFor('71016')).toEqual([]);
      expect((await rowsOf(cause)).map((row) => [row.channel, row.recipient, row.subject, row.correlation_id])).toEqual([
        ['email', 'samenleven@genk.example', SUBJECT_A05, 'c-early'],
        ['inbox', '71016', SUBJECT_A05, 'c-early'],
      ]);
      expect(await sentFor(cause)).toEqual([expect.objectContaining({ key: '71016', correlationId: 'c-early', causationId: cause })]);
      // The registration again, or the held cause delivered again, sends nothing twice.
      await recordContacts.execute(updated);
      expect(await signal(testSummary('71016', { lagging: { A05: 100 } }), cause)).toBe(0);
      expect(await notifications.count('notification')).toBe(2);
    });

    it('sends a v1 status change held by the previous release as a lagging notice', async () => {
      const cause = randomUUID();
      await notifications.query(
        `INSERT INTO notice_awaiting_contacts (cause_event_id, government_code, kind, facts, change, correlation_id, received_at)
         VALUES ($1, '11002', 'lagging', NULL, $2, 'c-v1', now())`,
        [cause, JSON.stringify(testStatusChange('11002', 'A05', 'not-reported', 'lagging', 100))],
      );
      await recordContacts.execute(antwerpen);
      expect((await rowsOf(cause)).map((row) => [row.channel, row.template, row.subject, row.correlation_id])).toEqual([
        ['email', 'lagging', SUBJECT_A05, 'c-v1'],
        ['inbox', 'lagging', SUBJECT_A05, 'c-v1'],
      ]);
      const [inbox] = await notifications.query<{ body: string }>("SELECT body FROM notification WHERE channel = 'inbox'");
      expect(inbox?.body).toContain('Behaald: 100 (volwassen anderstalige die deelneemt aan een oefenkans)');
    });

    describe('when a notice and the registration of its government are handled at the same moment', () => {
      /**
       * Runs `first` in a transaction left open, as the consumer leaves it open around a handler and its
       * inbox row, while `second` runs in one of its own (another topic, another partition); commits once
       * `second` has finished or waits for a lock.
       */
      const overlapping = async (first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<void> => {
        let start!: () => void;
        // Chained outside the unit of work below, so `second` does not join its transaction.
        const running = new Promise<void>((resolve) => (start = resolve)).then(second);
        let settled = false;
        const waitsForLock = async (): Promise<void> => {
          while (!settled) {
            const [row] = await notifications.query<{ waiting: number }>(
              `SELECT count(*)::int AS waiting FROM pg_stat_activity
               WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
            );
            if ((row?.waiting ?? 0) > 0) return;
            await sleep(10);
          }
        };
        await notifications.get(UnitOfWork).run(async () => {
          await first();
          start();
          try {
            await Promise.race([running, waitsForLock()]);
          } finally {
            settled = true;
          }
        });
        await running;
      };
      const cause = randomUUID();
      const lagging = testSummary('11002', { lagging: { A05: 100 } });
      const sentOnce = async (): Promise<void> => {
        expect(await heldFor('11002')).toEqual([]);
        expect((await rowsOf(cause)).map((row) => row.channel)).toEqual(['email', 'inbox']);
        expect(await sentFor(cause)).toHaveLength(1);
      };

      it('sends the notice held just before the contacts are recorded', async () => {
        await overlapping(
          () => signal(lagging, cause),
          () => recordContacts.execute(antwerpen),
        );
        await sentOnce();
      });

      it('sends the notice that arrives while the contacts are being recorded', async () => {
        await overlapping(
          () => recordContacts.execute(antwerpen),
          () => signal(lagging, cause),
        );
        await sentOnce();
      });
    });
  });

  describe('the inbox', () => {
    it("lists a government's inbox newest first, at most 200", async () => {
      const listInbox = notifications.get(ListInboxHandler);
      await recordContacts.execute(gent);
      await recordContacts.execute(antwerpen);
      await signal(testSummary('44021', { lagging: { A05: 600 } }));
      // Written in distinct milliseconds, so newest first is defined.
      await sleep(3);
      await signal(testSummary('44021', { lagging: { A05: 600, A02: 0 } }));
      await signal(testSummary('11002', { lagging: { A05: 600 } }));

      const inbox = await listInbox.inbox({ inbox: '44021' });
      expect(inbox).toEqual([
        expect.objectContaining({ kind: 'lagging', subject: SUBJECT_A02, body: expect.stringContaining('indicator A02'), readAt: null }),
        expect.objectContaining({ kind: 'lagging', subject: SUBJECT_A05, body: expect.stringContaining('indicator A05'), readAt: null }),
      ]);
      expect(inbox[0]!.createdAt > inbox[1]!.createdAt).toBe(true);
      expect((await listInbox.inbox({ inbox: '11002' })).map((item) => item.subject)).toEqual([SUBJECT_A05]);
      expect(await listInbox.inbox({ inbox: '12025' })).toEqual([]);

      for (let period = 0; period < 201; period += 1)
        await notifications.query(
          `INSERT INTO notification (id, government_code, channel, recipient, template, subject, body, cause_event_id, status, created_at)
           VALUES ($1, '12025', 'inbox', '12025', 'reminder', 'onderwerp', 'tekst', $2, 'sent', now() - make_interval(secs => $3))`,
          [randomUUID(), randomUUID(), period],
        );
      const many = await listInbox.inbox({ inbox: '12025' });
      expect(many).toHaveLength(200);
      expect(many.map((item) => item.createdAt)).toEqual(
        many
          .map((item) => item.createdAt)
          .sort()
          .reverse(),
      );
    });
  });
});
