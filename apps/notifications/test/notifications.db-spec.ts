import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  governmentRegisteredV2,
  INDICATOR_STATUSES,
  notificationSentV1,
  type GovernmentRegisteredV2,
  type GovernmentUpdatedV1,
  type IndicatorStatus,
  type IndicatorStatusChangedV1,
  type NotificationSentV1,
} from '#contracts';
import { runWithContext } from '#observability';
import { UnitOfWork } from '#persistence';
import { startUseCasesUnderTest, testStatusChange, type UseCasesUnderTest } from '#testing';
import { ListInboxHandler } from '../src/application/list-inbox/list-inbox.handler.js';
import { NotifyStatusChangeHandler } from '../src/application/notify-status-change/notify-status-change.handler.js';
import { RecordContactsHandler } from '../src/application/record-contacts/record-contacts.handler.js';
import { notificationsManifest } from '../src/notifications.manifest.js';

const SUBJECT_A05 = 'Plan Samenleven: A05 blijft achter op schema';
const SUBJECT_A02 = 'Plan Samenleven: A02 blijft achter op schema';

const registration = (governmentCode: string, name: string, emails: string[]): GovernmentRegisteredV2 => ({
  ...governmentRegisteredV2.example,
  governmentCode,
  name,
  contacts: emails.map((email, index) => ({ name: `Contact ${index + 1}`, email, phone: null, role: index === 0 ? 'primary' : 'finance' })),
});
const gent = registration('44021', 'Stad Gent', ['samenleven@gent.example', 'financien@gent.example']);
const antwerpen = registration('11002', 'Stad Antwerpen', ['samenleven@antwerpen.example']);

interface NotificationRow {
  id: string;
  channel: string;
  recipient: string;
  subject: string;
  status: string;
  attempts: number;
  sent: boolean;
  cause_event_id: string;
  correlation_id: string | null;
}

describe('notifications use cases on a real database', () => {
  let notifications: UseCasesUnderTest;
  let notifyStatusChange: NotifyStatusChangeHandler;
  let recordContacts: RecordContactsHandler;

  /** As the consumer runs it: in the context of the status-change event, which is the cause. */
  const notify = (
    change: IndicatorStatusChangedV1,
    causeEventId: string = randomUUID(),
    correlationId = `c-${causeEventId}`,
  ): Promise<number> =>
    runWithContext({ correlationId, causationId: causeEventId }, () => notifyStatusChange.execute({ causeEventId, change }));
  const rowsOf = (causeEventId: string): Promise<NotificationRow[]> =>
    notifications.query<NotificationRow>(
      `SELECT id, channel, recipient, subject, status, attempts, sent_at IS NOT NULL AS sent, cause_event_id, correlation_id
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
    notifyStatusChange = notifications.get(NotifyStatusChangeHandler);
    recordContacts = notifications.get(RecordContactsHandler);
  });

  afterAll(async () => {
    await notifications?.stop();
  });

  beforeEach(async () => {
    await notifications.query('TRUNCATE government_contact, notification, notice_awaiting_contacts, outbox');
  });

  describe('notifying status changes', () => {
    it('writes an e-mail per contact and an inbox item for a newly lagging indicator, once per cause; announces the inbox', async () => {
      await recordContacts.execute(gent);
      expect(await notifications.query('SELECT government_name, contacts FROM government_contact')).toEqual([
        { government_name: 'Stad Gent', contacts: gent.contacts.map(({ name, email, role }) => ({ name, email, role })) },
      ]);
      expect(await notifications.count('outbox')).toBe(0);

      const cause = randomUUID();
      const lagging = testStatusChange('44021', 'A05', 'not-reported', 'lagging');
      expect(await notify(lagging, cause, 'c-lagging')).toBe(3);
      // The same cause again, also twice at once: nothing more.
      expect(await notify(lagging, cause, 'c-lagging')).toBe(0);
      expect(await Promise.all([notify(lagging, cause), notify(lagging, cause)])).toEqual([0, 0]);

      const rows = await rowsOf(cause);
      expect(rows).toEqual([
        // E-mail waits for the mail dispatcher, which this tier does not start.
        expect.objectContaining({
          channel: 'email',
          recipient: 'financien@gent.example',
          subject: SUBJECT_A05,
          status: 'pending',
          attempts: 0,
          sent: false,
          correlation_id: 'c-lagging',
        }),
        expect.objectContaining({
          channel: 'email',
          recipient: 'samenleven@gent.example',
          subject: SUBJECT_A05,
          status: 'pending',
          attempts: 0,
          sent: false,
          correlation_id: 'c-lagging',
        }),
        // The inbox is delivered by being written.
        expect.objectContaining({
          channel: 'inbox',
          recipient: '44021',
          subject: SUBJECT_A05,
          status: 'sent',
          attempts: 0,
          sent: true,
          correlation_id: 'c-lagging',
        }),
      ]);
      const [body] = await notifications.query<{ body: string }>("SELECT body FROM notification WHERE channel = 'inbox'");
      for (const text of [
        'Beste collega van Stad Gent,',
        'Bij de tussentijdse rapportering van projectjaar 1 blijft uw resultaat voor indicator A05 achter',
        'Actie: 5. Oefenkansen Nederlands organiseren',
        'Behaald: 600 (volwassen anderstalige die deelneemt aan een oefenkans)',
        'Verwacht tegen het einde van de periode: 997',
        'Doelstelling voor het projectjaar: 2.000',
      ])
        expect(body?.body).toContain(text);

      // Only the inbox is announced now; each e-mail is announced by the dispatcher once sent.
      expect(await notifications.outbox()).toEqual([
        expect.objectContaining({
          type: notificationSentV1.type,
          version: 1,
          producer: 'notifications',
          key: '44021',
          correlationId: 'c-lagging',
          causationId: cause,
          payload: {
            notificationId: rows[2]!.id,
            governmentCode: '44021',
            channel: 'inbox',
            recipient: '44021',
            template: 'indicator-lagging',
            causeEventId: cause,
          },
        }),
      ]);

      // Another cause racing itself: written once.
      const other = randomUUID();
      const racing = await Promise.all([1, 2, 3].map(() => notify(testStatusChange('44021', 'A02', 'on-track', 'lagging', 0), other)));
      expect(racing.sort()).toEqual([0, 0, 3]);
      expect((await rowsOf(other)).map((row) => row.channel)).toEqual(['email', 'email', 'inbox']);
      expect(await sentFor(other)).toHaveLength(1);
    });

    it('writes nothing for a change that is not into lagging', async () => {
      await recordContacts.execute(gent);
      const notified: [IndicatorStatus, IndicatorStatus][] = [];
      for (const previousStatus of INDICATOR_STATUSES)
        for (const status of INDICATOR_STATUSES) {
          const cause = randomUUID();
          const written = await notify(testStatusChange('44021', 'A05', previousStatus, status), cause);
          expect(written).toBe((await rowsOf(cause)).length);
          if (written > 0) notified.push([previousStatus, status]);
        }
      // Staying lagging and recovering are no news.
      expect(notified).toEqual([
        ['not-reported', 'lagging'],
        ['at-risk', 'lagging'],
        ['on-track', 'lagging'],
        ['achieved', 'lagging'],
      ]);
      expect({ notifications: await notifications.count('notification'), outbox: await notifications.count('outbox') }).toEqual({
        notifications: 4 * 3,
        outbox: 4,
      });
    });

    it('holds the notices of a government registered without contacts until an update brings them', async () => {
      // The shipped register announces every municipality without contacts; ABB imports them later.
      await recordContacts.execute({ ...registration('71016', 'Genk', []), kind: 'municipality' });
      const cause = randomUUID();
      expect(await notify(testStatusChange('71016', 'A05', 'not-reported', 'lagging', 100), cause)).toBe(0);
      expect(await heldFor('71016')).toEqual([cause]);
      const updated: GovernmentUpdatedV1 = { ...registration('71016', 'Genk', ['samenleven@genk.example']), changedFields: ['contacts'] };
      await recordContacts.execute(updated);
      expect(await heldFor('71016')).toEqual([]);
      expect((await rowsOf(cause)).map((row) => [row.channel, row.recipient])).toEqual([
        ['email', 'samenleven@genk.example'],
        ['inbox', '71016'],
      ]);
      // An update replaces the contacts: the next notice goes to the new address only.
      await recordContacts.execute({ ...updated, contacts: [{ ...updated.contacts[0]!, email: 'nieuw@genk.example' }] });
      const next = randomUUID();
      await notify(testStatusChange('71016', 'A02', 'on-track', 'lagging', 0), next);
      expect((await rowsOf(next)).map((row) => row.recipient)).toEqual(['nieuw@genk.example', '71016']);
    });

    it('holds a notice for a government without contacts and sends it, under its own correlation id, once they are recorded', async () => {
      const early = randomUUID();
      const alsoEarly = randomUUID();
      expect(await notify(testStatusChange('11002', 'A05', 'not-reported', 'lagging', 100), early, 'c-early')).toBe(0);
      expect(await notify(testStatusChange('11002', 'A05', 'not-reported', 'lagging', 100), early, 'c-early')).toBe(0);
      expect(await notify(testStatusChange('11002', 'A02', 'at-risk', 'lagging', 0), alsoEarly, 'c-also-early')).toBe(0);
      // A change that is not into lagging is not held either.
      expect(await notify(testStatusChange('11002', 'A07', 'lagging', 'on-track', 20))).toBe(0);
      expect(await heldFor('11002')).toEqual([early, alsoEarly]);
      expect({ notifications: await notifications.count('notification'), outbox: await notifications.count('outbox') }).toEqual({
        notifications: 0,
        outbox: 0,
      });

      await runWithContext({ correlationId: 'c-registration', causationId: randomUUID() }, () => recordContacts.execute(antwerpen));
      expect(await heldFor('11002')).toEqual([]);
      expect((await rowsOf(early)).map((row) => [row.channel, row.recipient, row.subject, row.status, row.correlation_id])).toEqual([
        ['email', 'samenleven@antwerpen.example', SUBJECT_A05, 'pending', 'c-early'],
        ['inbox', '11002', SUBJECT_A05, 'sent', 'c-early'],
      ]);
      expect((await rowsOf(alsoEarly)).map((row) => [row.channel, row.subject, row.correlation_id])).toEqual([
        ['email', SUBJECT_A02, 'c-also-early'],
        ['inbox', SUBJECT_A02, 'c-also-early'],
      ]);
      // Sent as the cause would have been: its correlation id, caused by the status change.
      expect(await sentFor(early)).toEqual([
        expect.objectContaining({
          key: '11002',
          correlationId: 'c-early',
          causationId: early,
          payload: expect.objectContaining({ channel: 'inbox' }),
        }),
      ]);
      expect(await sentFor(alsoEarly)).toEqual([expect.objectContaining({ correlationId: 'c-also-early', causationId: alsoEarly })]);

      // The registration again, or the held cause delivered again, sends nothing twice.
      await recordContacts.execute(antwerpen);
      expect(await notify(testStatusChange('11002', 'A05', 'not-reported', 'lagging', 100), early, 'c-early')).toBe(0);
      expect({ notifications: await notifications.count('notification'), outbox: await notifications.count('outbox') }).toEqual({
        notifications: 4,
        outbox: 2,
      });
    });

    describe('when a status change and the registration of its government are handled at the same moment', () => {
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
      const lagging = testStatusChange('11002', 'A05', 'not-reported', 'lagging', 100);
      const sentOnce = async (): Promise<void> => {
        expect(await heldFor('11002')).toEqual([]);
        expect((await rowsOf(cause)).map((row) => row.channel)).toEqual(['email', 'inbox']);
        expect(await sentFor(cause)).toHaveLength(1);
      };

      it('sends the notice held just before the contacts are recorded', async () => {
        await overlapping(
          () => notify(lagging, cause),
          () => recordContacts.execute(antwerpen),
        );
        await sentOnce();
      });

      it('sends the notice that arrives while the contacts are being recorded', async () => {
        await overlapping(
          () => recordContacts.execute(antwerpen),
          () => notify(lagging, cause),
        );
        await sentOnce();
      });
    });

    it('writes to the contacts as last recorded', async () => {
      await recordContacts.execute(gent);
      await recordContacts.execute(registration('44021', 'Stad Gent', ['nieuw@gent.example']));
      const cause = randomUUID();
      expect(await notify(testStatusChange('44021', 'A05', 'not-reported', 'lagging'), cause)).toBe(2);
      expect((await rowsOf(cause)).map((row) => [row.channel, row.recipient])).toEqual([
        ['email', 'nieuw@gent.example'],
        ['inbox', '44021'],
      ]);
    });

    it('leaves e-mail pending, since the mail dispatcher is not started in this tier', async () => {
      await recordContacts.execute(antwerpen);
      const cause = randomUUID();
      await notify(testStatusChange('11002', 'A05', 'not-reported', 'lagging'), cause);
      // Longer than the dispatcher's fallback poll (1 s): a running dispatcher would have tried by now.
      await sleep(1500);
      expect((await rowsOf(cause)).map((row) => [row.channel, row.status, row.attempts, row.sent])).toEqual([
        ['email', 'pending', 0, false],
        ['inbox', 'sent', 0, true],
      ]);
      expect((await sentFor(cause)).map((event) => event.payload.channel)).toEqual(['inbox']);
    });
  });

  describe('listing the inbox', () => {
    it("lists a government's inbox newest first, and every delivery of it for ABB", async () => {
      const listInbox = notifications.get(ListInboxHandler);
      await recordContacts.execute(gent);
      await recordContacts.execute(antwerpen);
      await notify(testStatusChange('44021', 'A05', 'not-reported', 'lagging'));
      // Written in distinct milliseconds, so newest first is defined.
      await sleep(3);
      await notify(testStatusChange('44021', 'A02', 'on-track', 'lagging', 0));
      await notify(testStatusChange('11002', 'A05', 'not-reported', 'lagging'));

      const inbox = await listInbox.inbox({ governmentCode: '44021' });
      expect(inbox).toEqual([
        { id: expect.any(String), subject: SUBJECT_A02, body: expect.stringContaining('indicator A02'), createdAt: expect.any(String) },
        { id: expect.any(String), subject: SUBJECT_A05, body: expect.stringContaining('indicator A05'), createdAt: expect.any(String) },
      ]);
      expect(inbox[0]!.createdAt > inbox[1]!.createdAt).toBe(true);
      const deliveries = await listInbox.deliveries({ governmentCode: '44021' });
      expect(
        deliveries
          .map((delivery) => [
            delivery.subject,
            delivery.channel,
            delivery.recipient,
            delivery.status,
            delivery.attempts,
            delivery.sentAt === null,
          ])
          .sort(),
      ).toEqual(
        [
          [SUBJECT_A02, 'email', 'financien@gent.example', 'pending', 0, true],
          [SUBJECT_A02, 'email', 'samenleven@gent.example', 'pending', 0, true],
          [SUBJECT_A02, 'inbox', '44021', 'sent', 0, false],
          [SUBJECT_A05, 'email', 'financien@gent.example', 'pending', 0, true],
          [SUBJECT_A05, 'email', 'samenleven@gent.example', 'pending', 0, true],
          [SUBJECT_A05, 'inbox', '44021', 'sent', 0, false],
        ].sort(),
      );
      expect(deliveries.slice(0, 3).map((delivery) => delivery.subject)).toEqual([SUBJECT_A02, SUBJECT_A02, SUBJECT_A02]);
      expect((await listInbox.inbox({ governmentCode: '11002' })).map((item) => item.subject)).toEqual([SUBJECT_A05]);
      expect(await listInbox.inbox({ governmentCode: '12025' })).toEqual([]);
    });

    it('lists at most the 200 newest messages', async () => {
      const listInbox = notifications.get(ListInboxHandler);
      await recordContacts.execute(antwerpen);
      for (let index = 0; index < 201; index += 1) await notify(testStatusChange('11002', 'A05', 'on-track', 'lagging', index));
      const inbox = await listInbox.inbox({ governmentCode: '11002' });
      expect(inbox).toHaveLength(200);
      expect(inbox.map((item) => item.createdAt)).toEqual(
        inbox
          .map((item) => item.createdAt)
          .sort()
          .reverse(),
      );
      expect(await listInbox.deliveries({ governmentCode: '11002' })).toHaveLength(200);
      expect(await notifications.count('notification')).toBe(402);
    });
  });
});
