import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  recoveryDecidedV1,
  recoveryProposedV1,
  type ApplicationDecidedV1,
  type RecoveryDecidedV1,
  type RecoveryProposedV1,
} from '#contracts';
import { Conflict, RuleViolation } from '#domain';
import { startUseCasesUnderTest, testDecided, type UseCasesUnderTest } from '#testing';
import { CommitDecisionHandler } from '../src/application/commit-decision/commit-decision.handler.js';
import { DecideRecoveryHandler } from '../src/application/decide-recovery/decide-recovery.handler.js';
import { ListRecoveriesHandler } from '../src/application/list-recoveries/list-recoveries.handler.js';
import { RecordReportReviewHandler } from '../src/application/record-report-review/record-report-review.handler.js';
import { ReleasePaymentsHandler } from '../src/application/release-payments/release-payments.handler.js';
import { budgetingManifest } from '../src/budgeting.manifest.js';
import { testReviewed } from './money-payloads.js';

const EUR = 100;
const ABB = { subject: 'abb-officer-1', role: 'abb', organisationCode: 'OVO002949' } as const;
const TABLES =
  'ledger_entry, ledger_transaction, decision_answer, commitment, payment, payment_schedule, accepted_annual_report, recovery, ' +
  'cofinancing_declaration, audit_log, outbox';

/** Gent: A05 from 500 to 1,400 (900 more, EUR 90,000) and A06 250 more (EUR 25,000). */
const gentDecision = (): ApplicationDecidedV1 => {
  const decided = testDecided('44021', [90_000 * EUR, 25_000 * EUR]);
  decided.lines[0] = { ...decided.lines[0]!, currentReach: 500, target: 1400 };
  return decided;
};

describe('recovery on a real database', () => {
  let budgeting: UseCasesUnderTest;
  const commit = (decision: ApplicationDecidedV1) => budgeting.get(CommitDecisionHandler).execute({ decision });
  const review = (reviewed: ReturnType<typeof testReviewed>) => budgeting.get(RecordReportReviewHandler).execute({ review: reviewed });
  const releaseDue = (governmentCode?: string) =>
    budgeting.as(ABB, () => budgeting.get(ReleasePaymentsHandler).execute({ projectYear: 1, governmentCode, releasedBy: ABB.subject }));
  const decide = (recoveryId: string, outcome: 'confirmed' | 'waived', options: { amountCents?: number; reason?: string } = {}) =>
    budgeting.as(ABB, () => budgeting.get(DecideRecoveryHandler).execute({ recoveryId, outcome, ...options, decidedBy: ABB.subject }));
  const recoveries = (governmentCode?: string) => budgeting.get(ListRecoveriesHandler).execute({ projectYear: 1, governmentCode });
  const account = async (name: string) => {
    const [row] = await budgeting.query<{ debit: string; credit: string }>(
      'SELECT COALESCE(SUM(debit_cents), 0) AS debit, COALESCE(SUM(credit_cents), 0) AS credit FROM ledger_entry WHERE account = $1',
      [name],
    );
    return { debit: Number(row!.debit), credit: Number(row!.credit) };
  };

  beforeAll(async () => {
    budgeting = await startUseCasesUnderTest({ manifest: budgetingManifest, label: 'budgeting_recoveries_db' });
  });
  afterAll(async () => {
    await budgeting?.stop();
  });
  beforeEach(async () => {
    await budgeting.query(`TRUNCATE ${TABLES}`);
  });

  it('proposes the unmet share of a line below target without accepted motivation, once, and books a confirmed lower amount', async () => {
    await commit(gentDecision());
    await releaseDue();
    const annual = testReviewed('44021', [
      // 1,040 realised: 540 of the 900 more, so 40% of EUR 90,000 is proposed.
      { indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 900, target: 1400, realised: 1040 },
      // Below target, but ABB accepted the motivation: nothing.
      {
        indicatorCode: 'A06',
        approvedAdditionalReach: 250,
        target: 250,
        realised: 100,
        motivation: 'Verbouwing',
        motivationAccepted: true,
      },
    ]);
    expect(await review(annual)).toBe('recorded');
    expect(await review({ ...annual, reportVersion: 2 })).toBe('accepted-already');
    const proposed = await budgeting.outbox<RecoveryProposedV1>(recoveryProposedV1.type);
    expect(
      proposed.map(({ key, payload }) => [
        key,
        payload.indicatorCode,
        payload.achievedAdditionalReach,
        payload.ruleCents,
        payload.proposedCents,
      ]),
    ).toEqual([['44021', 'A05', 540, 36_000 * EUR, 36_000 * EUR]]);
    const [recovery] = await recoveries('44021');

    // A lower amount needs a reason; more than proposed is refused. Neither changes anything.
    await expect(decide(recovery!.recoveryId, 'confirmed', { amountCents: 30_000 * EUR })).rejects.toThrow(RuleViolation);
    await expect(decide(recovery!.recoveryId, 'confirmed', { amountCents: 36_000 * EUR + 1, reason: 'x' })).rejects.toThrow(/amountCents/);
    expect((await recoveries())[0]!.status).toBe('proposed');

    const confirmed = await decide(recovery!.recoveryId, 'confirmed', {
      amountCents: 30_000 * EUR,
      reason: 'Deels verklaard door de verbouwing',
    });
    expect(confirmed).toMatchObject({ status: 'confirmed', recoveredCents: 30_000 * EUR, reason: 'Deels verklaard door de verbouwing' });
    await expect(decide(recovery!.recoveryId, 'waived', { reason: 'Toch niet' })).rejects.toThrow(Conflict);
    expect(await account('recovery-receivable:44021')).toEqual({ debit: 30_000 * EUR, credit: 0 });
    expect(await account('recovered:1')).toEqual({ debit: 0, credit: 30_000 * EUR });
    const decided = await budgeting.outbox<RecoveryDecidedV1>(recoveryDecidedV1.type);
    expect(decided.map(({ payload }) => [payload.outcome, payload.proposedCents, payload.recoveredCents])).toEqual([
      ['confirmed', 36_000 * EUR, 30_000 * EUR],
    ]);
  });

  it('never proposes more than was paid or is due, and confirms no more than was paid', async () => {
    await commit(testDecided('11002', [40_000 * EUR]));
    // A nil return: nothing reached, the whole EUR 40,000 by the rule; advance and balance are due, nothing paid yet.
    await review(testReviewed('11002', [{ indicatorCode: 'A05', approvedAdditionalReach: 400, target: 400, realised: null }]));
    const [recovery] = await recoveries();
    expect(recovery).toMatchObject({ ruleCents: 40_000 * EUR, proposedCents: 40_000 * EUR, realised: 0 });
    await expect(decide(recovery!.recoveryId, 'confirmed')).rejects.toThrow(/release the due balance first/);
    expect((await recoveries())[0]!.status).toBe('proposed');
    expect(await account('recovered:1')).toEqual({ debit: 0, credit: 0 });
    await releaseDue('11002');
    expect(await decide(recovery!.recoveryId, 'confirmed')).toMatchObject({ recoveredCents: 40_000 * EUR });
  });

  it('proposes nothing where nothing was paid or due, and lets ABB waive with a reason', async () => {
    // No commitment for this government: nothing to recover.
    await review(testReviewed('12025', [{ indicatorCode: 'A05', approvedAdditionalReach: 10, target: 10, realised: 0 }]));
    expect(await recoveries()).toEqual([]);

    await commit(testDecided('44021', [10_000 * EUR]));
    await review(
      testReviewed('44021', [{ indicatorCode: 'A05', approvedAdditionalReach: 100, target: 100, realised: 50, motivationAccepted: false }]),
    );
    const [recovery] = await recoveries();
    await expect(decide(recovery!.recoveryId, 'waived')).rejects.toThrow(/reason/);
    expect(await decide(recovery!.recoveryId, 'waived', { reason: 'Overmacht' })).toMatchObject({ status: 'waived', recoveredCents: 0 });
    expect(await account('recovered:1')).toEqual({ debit: 0, credit: 0 });
  });
});
