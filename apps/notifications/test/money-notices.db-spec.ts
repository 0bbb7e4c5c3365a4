import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { cofinancingShortfallFlaggedV1, recoveryDecidedV1, type RecoveryDecidedV1 } from '#contracts';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { NotifyMoneyHandler } from '../src/application/notify-money/notify-money.handler.js';
import { RecordContactsHandler } from '../src/application/record-contacts/record-contacts.handler.js';
import { notificationsManifest } from '../src/notifications.manifest.js';
import { registration } from './notice-payloads.js';

interface Row {
  channel: string;
  recipient: string;
  template: string;
  subject: string;
  body: string;
}

describe('messages about the money, on a real database', () => {
  let notifications: UseCasesUnderTest;
  const rowsOf = (causeEventId: string): Promise<Row[]> =>
    notifications.query<Row>(
      'SELECT channel, recipient, template, subject, body FROM notification WHERE cause_event_id = $1 ORDER BY channel, recipient',
      [causeEventId],
    );
  const notify = (command: Parameters<NotifyMoneyHandler['execute']>[0]) => notifications.get(NotifyMoneyHandler).execute(command);
  const confirmed: RecoveryDecidedV1 = { ...recoveryDecidedV1.example, recoveryId: randomUUID() };

  beforeAll(async () => {
    notifications = await startUseCasesUnderTest({ manifest: notificationsManifest, label: 'notifications_money' });
  });
  afterAll(async () => {
    await notifications?.stop();
  });
  beforeEach(async () => {
    await notifications.query(
      'TRUNCATE government_contact, notification, notice_awaiting_contacts, notification_preference, outbox, audit_log',
    );
  });

  it('tells the government of a confirmed recovery once per contact and in its inbox, however often the event arrives', async () => {
    await notifications
      .get(RecordContactsHandler)
      .execute(registration('44021', 'Stad Gent', ['samenleven@gent.example', 'financien@gent.example']));
    const causeEventId = randomUUID();
    const command = { governmentCode: '44021', causeEventId, facts: { kind: 'recovery-confirmed' as const, decision: confirmed } };
    expect(await notify(command)).toBe(3);
    expect(await notify(command)).toBe(0);
    const rows = await rowsOf(causeEventId);
    expect(rows.map((row) => `${row.channel} ${row.recipient} ${row.template}`)).toEqual([
      'email financien@gent.example recovery-confirmed',
      'email samenleven@gent.example recovery-confirmed',
      'inbox 44021 recovery-confirmed',
    ]);
    expect(rows[0]!.subject).toBe('Plan Samenleven: terugvordering van EUR 30.000,00 voor A05 (projectjaar 1)');
    expect(rows[0]!.body).toContain('Beste collega van Stad Gent');
  });

  it('holds a message for a government whose contacts are not known yet and sends it once they arrive', async () => {
    const causeEventId = randomUUID();
    expect(
      await notify({
        governmentCode: '11002',
        causeEventId,
        facts: { kind: 'cofinancing-shortfall', shortfall: { ...cofinancingShortfallFlaggedV1.example, governmentCode: '11002' } },
      }),
    ).toBe(0);
    expect(await rowsOf(causeEventId)).toEqual([]);
    await notifications.get(RecordContactsHandler).execute(registration('11002', 'Stad Antwerpen', ['samenleven@antwerpen.example']));
    expect((await rowsOf(causeEventId)).map((row) => `${row.channel} ${row.template}`)).toEqual([
      'email cofinancing-shortfall',
      'inbox cofinancing-shortfall',
    ]);
  });
});
