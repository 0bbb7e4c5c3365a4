import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  cofinancingShortfallFlaggedV1,
  recoveryDecidedV1,
  targetsCommittedV3,
  type RecoveryDecidedV1,
  type TargetsCommittedV3,
} from '#contracts';
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

  it('tells the government its award once its budget is committed, and an accepted amendment as the new award', async () => {
    await notifications.get(RecordContactsHandler).execute(registration('44021', 'Stad Gent', ['samenleven@gent.example']));
    const award = targetsCommittedV3.example as TargetsCommittedV3;
    const decided = randomUUID();
    const command = { governmentCode: '44021', causeEventId: decided, facts: { kind: 'subsidy-awarded' as const, award } };
    expect(await notify(command)).toBe(2);
    expect(await notify(command)).toBe(0);
    const [email] = await rowsOf(decided);
    expect(email!.subject).toBe('Plan Samenleven: uw subsidie voor projectjaar 1 is toegekend (EUR 100.000,00)');
    expect(email!.body).toContain('U krijgt een subsidie van EUR 100.000,00.');
    expect(email!.body).toMatch(/\(A05\): doel 2\.000 .* \(huidig bereik 500, goedgekeurd bijkomend bereik 1\.500\), EUR 90\.000,00/);
    expect(email!.body).toContain('U bent mentorbestuur en begeleidt een lerend netwerk');
    const amended = randomUUID();
    await notify({
      governmentCode: '44021',
      causeEventId: amended,
      facts: {
        kind: 'subsidy-awarded',
        award: { ...award, revision: 2, totalCents: 8_000_000, mentorships: [], amendmentReason: 'Minder deelnemers dan verwacht.' },
      },
    });
    const [amendment] = await rowsOf(amended);
    expect(amendment!.subject).toBe('Plan Samenleven: uw gewijzigde subsidie voor projectjaar 1 (EUR 80.000,00)');
    expect(amendment!.body).toContain('Reden van de wijziging: Minder deelnemers dan verwacht.');
    expect(amendment!.body).not.toContain('mentorbestuur');
  });
});
