import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { UnitOfWork } from '#persistence';
import { loadServiceConfig } from '#platform';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { NotificationRepository } from '../src/infrastructure/notification.repository.js';
import { notificationsManifest } from '../src/notifications.manifest.js';

/** The claim timeout a service runs with by default. */
const CLAIM_TIMEOUT_MS = loadServiceConfig(notificationsManifest, {}).mailClaimTimeoutMs;

interface ClaimRow {
  status: string;
  attempts: number;
  claimed_by: string | null;
  last_error: string | null;
}

/** How the mail dispatcher claims messages and records outcomes (the sending itself is the broker tier's). */
describe('mail claims on a real database', () => {
  let notifications: UseCasesUnderTest;
  let repository: NotificationRepository;
  let unitOfWork: UnitOfWork;

  const insert = async (state: { status: string; attempts: number; dueIn: string; claimedAgo: string | null }): Promise<string> => {
    const id = randomUUID();
    await notifications.query(
      `INSERT INTO notification (id, government_code, channel, recipient, template, subject, body, cause_event_id,
         status, attempts, next_attempt_at, created_at, claimed_at, claimed_by)
       VALUES ($1, '44021', 'email', $2, 'indicator-lagging', 'onderwerp', 'tekst', $3, $4, $5, now() + $6::interval, now(),
         now() - $7::interval, CASE WHEN $7::interval IS NULL THEN NULL ELSE 'other-host/2/cafebabe' END)`,
      [id, `${id}@gent.example`, randomUUID(), state.status, state.attempts, state.dueIn, state.claimedAgo],
    );
    return id;
  };
  const rowOf = async (id: string): Promise<ClaimRow> =>
    (await notifications.query<ClaimRow>('SELECT status, attempts, claimed_by, last_error FROM notification WHERE id = $1', [id]))[0]!;
  const claim = (claimedBy: string) => unitOfWork.run(() => repository.claimDueEmail(20, claimedBy, CLAIM_TIMEOUT_MS));

  beforeAll(async () => {
    notifications = await startUseCasesUnderTest({ manifest: notificationsManifest, label: 'notifications_mail_claims' });
    repository = notifications.get(NotificationRepository);
    unitOfWork = notifications.get(UnitOfWork);
  });

  afterAll(async () => {
    await notifications?.stop();
  });

  it('claims due messages and claims older than the timeout, counts the attempt, and leaves the rest alone', async () => {
    const due = await insert({ status: 'pending', attempts: 0, dueIn: '-1 second', claimedAgo: null });
    const later = await insert({ status: 'pending', attempts: 1, dueIn: '1 hour', claimedAgo: null });
    const orphaned = await insert({ status: 'sending', attempts: 1, dueIn: '-1 hour', claimedAgo: '1 hour' });
    const inFlight = await insert({ status: 'sending', attempts: 1, dueIn: '-1 minute', claimedAgo: '1 minute' });
    const sent = await insert({ status: 'sent', attempts: 1, dueIn: '-1 hour', claimedAgo: '1 hour' });

    const claimed = await claim('this-host/1/abcdef01');
    expect(claimed.map((notification) => [notification.id, notification.status, notification.attempts]).sort()).toEqual(
      [
        [due, 'sending', 1],
        [orphaned, 'sending', 2],
      ].sort(),
    );
    expect(await rowOf(due)).toEqual({ status: 'sending', attempts: 1, claimed_by: 'this-host/1/abcdef01', last_error: null });
    expect(await rowOf(orphaned)).toMatchObject({ status: 'sending', attempts: 2, claimed_by: 'this-host/1/abcdef01' });
    expect(await rowOf(later)).toMatchObject({ status: 'pending', attempts: 1, claimed_by: null });
    expect(await rowOf(inFlight)).toMatchObject({ status: 'sending', attempts: 1, claimed_by: 'other-host/2/cafebabe' });
    expect(await rowOf(sent)).toMatchObject({ status: 'sent', attempts: 1 });
    // Claimed a moment ago: nobody takes them again, not even the same dispatcher.
    expect(await claim('another-host/3/12345678')).toEqual([]);
  });

  it('records an outcome once, and only under the claim it belongs to', async () => {
    const orphaned = await insert({ status: 'sending', attempts: 1, dueIn: '-1 hour', claimedAgo: '1 hour' });
    const [taken] = await claim('this-host/1/abcdef01');
    expect(taken).toMatchObject({ id: orphaned, attempts: 2 });

    // The dispatcher that died comes back with its old claim (attempt 1): the take-over stands.
    const record = (attempts: number) =>
      unitOfWork.run(() => repository.recordOutcome({ id: orphaned, attempts }, { status: 'sent', sentAt: new Date(), lastError: null }));
    expect(await record(1)).toBe(false);
    expect(await rowOf(orphaned)).toMatchObject({ status: 'sending', attempts: 2 });
    expect(await record(2)).toBe(true);
    expect(await rowOf(orphaned)).toMatchObject({ status: 'sent', attempts: 2 });
    // A retry after a commit whose reply was lost changes nothing (and so announces nothing again).
    expect(await record(2)).toBe(false);
    const failedLate = await unitOfWork.run(() =>
      repository.recordOutcome({ id: orphaned, attempts: 2 }, { status: 'pending', lastError: 'too late', nextAttemptAt: new Date() }),
    );
    expect(failedLate).toBe(false);
    expect(await rowOf(orphaned)).toEqual({ status: 'sent', attempts: 2, claimed_by: 'this-host/1/abcdef01', last_error: null });
  });

  it('never gives the same message to two dispatchers claiming at the same moment (two instances)', async () => {
    await notifications.query("DELETE FROM notification WHERE status IN ('pending', 'sending')");
    const due = await Promise.all(
      Array.from({ length: 30 }, () => insert({ status: 'pending', attempts: 0, dueIn: '-1 second', claimedAgo: null })),
    );
    const [first, second] = await Promise.all([claim('host-a/1/aaaaaaaa'), claim('host-b/2/bbbbbbbb')]);
    const firstIds = first!.map((notification) => notification.id);
    const secondIds = second!.map((notification) => notification.id);
    // Rows one claim holds are skipped by the other, and a committed claim is no longer due.
    expect(firstIds.filter((id) => secondIds.includes(id))).toEqual([]);
    const rest = await claim('host-c/3/cccccccc');
    expect([...firstIds, ...secondIds, ...rest.map((notification) => notification.id)].sort()).toEqual([...due].sort());
    expect(await claim('host-d/4/dddddddd')).toEqual([]);
    const rows = await notifications.query<{ attempts: number }>('SELECT attempts FROM notification WHERE id = ANY($1)', [due]);
    expect(rows.map((row) => row.attempts)).toEqual(due.map(() => 1));
  });
});
