import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  commitmentRefusedV1,
  paymentDueV1,
  paymentReleasedV1,
  type ApplicationDecidedV1,
  type PaymentDueV1,
  type PaymentReleasedV1,
  type ReportReviewedV2,
} from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { startUseCasesUnderTest, testDecided, type UseCasesUnderTest } from '#testing';
import { CommitDecisionHandler } from '../src/application/commit-decision/commit-decision.handler.js';
import { ListPaymentsHandler } from '../src/application/list-payments/list-payments.handler.js';
import { RecordReportReviewHandler } from '../src/application/record-report-review/record-report-review.handler.js';
import { ReleasePaymentsHandler } from '../src/application/release-payments/release-payments.handler.js';
import { SetPaymentScheduleHandler } from '../src/application/set-payment-schedule/set-payment-schedule.handler.js';
import { budgetingManifest } from '../src/budgeting.manifest.js';
import { reachedInFull, testReviewed } from './money-payloads.js';

const EUR = 100;
const ABB_1 = { subject: 'abb-officer-1', role: 'abb', organisationCode: 'OVO002949' } as const;
const ABB_2 = { subject: 'abb-officer-2', role: 'abb', organisationCode: 'OVO002949' } as const;
const TABLES =
  'ledger_entry, ledger_transaction, decision_answer, commitment, payment, payment_schedule, accepted_annual_report, ' +
  'cofinancing_declaration, audit_log, outbox';

describe('payments on a real database', () => {
  let budgeting: UseCasesUnderTest;
  const commit = (decision: ApplicationDecidedV1) => budgeting.get(CommitDecisionHandler).execute({ decision });
  const review = (reviewed: ReportReviewedV2) => budgeting.get(RecordReportReviewHandler).execute({ review: reviewed });
  const payments = (governmentCode?: string) => budgeting.get(ListPaymentsHandler).execute({ projectYear: 1, governmentCode });
  const releaseOne = (paymentId: string, by: typeof ABB_1 | typeof ABB_2 = ABB_1) =>
    budgeting.as(by, () => budgeting.get(ReleasePaymentsHandler).execute({ paymentId, releasedBy: by.subject }));
  const releaseDue = (by: typeof ABB_1 | typeof ABB_2 = ABB_1, governmentCode?: string) =>
    budgeting.as(by, () => budgeting.get(ReleasePaymentsHandler).execute({ projectYear: 1, governmentCode, releasedBy: by.subject }));
  const ledgerOf = (account: string) =>
    budgeting.query<{ debit: string; credit: string }>(
      'SELECT COALESCE(SUM(debit_cents), 0) AS debit, COALESCE(SUM(credit_cents), 0) AS credit FROM ledger_entry WHERE account = $1',
      [account],
    );
  const ledgerBalances = async () => {
    const [row] = await budgeting.query<{ debit: string; credit: string }>(
      'SELECT COALESCE(SUM(debit_cents), 0) AS debit, COALESCE(SUM(credit_cents), 0) AS credit FROM ledger_entry',
    );
    return row!.debit === row!.credit;
  };

  beforeAll(async () => {
    budgeting = await startUseCasesUnderTest({ manifest: budgetingManifest, label: 'budgeting_payments_db' });
  });
  afterAll(async () => {
    await budgeting?.stop();
  });
  beforeEach(async () => {
    await budgeting.query(`TRUNCATE ${TABLES}`);
  });

  it('makes the advance due at the decision and the balance at the accepted annual report, and pays each once', async () => {
    const gent = testDecided('44021', [90_000 * EUR], { stimuliCents: 10_000 * EUR });
    await commit(gent);
    const [advance, balance, ...none] = await payments('44021');
    expect(none).toEqual([]);
    expect([advance, balance].map((payment) => [payment!.label, payment!.amountCents, payment!.status])).toEqual([
      ['voorschot', 50_000 * EUR, 'due'],
      ['saldo', 50_000 * EUR, 'scheduled'],
    ]);
    const due = await budgeting.outbox<PaymentDueV1>(paymentDueV1.type);
    expect(due.map((event) => [event.key, event.payload.paymentId, event.payload.condition])).toEqual([
      ['44021', advance!.paymentId, 'decision'],
    ]);

    // Not due yet: the balance is refused, nothing booked.
    await expect(releaseOne(balance!.paymentId)).rejects.toThrow(Conflict);
    const [released] = await releaseOne(advance!.paymentId);
    expect(released).toMatchObject({ amountCents: 50_000 * EUR, iban: gent.iban });
    await expect(releaseOne(advance!.paymentId)).rejects.toThrow(/released already/);
    expect(await ledgerOf(`payments-to:${gent.iban}`)).toEqual([{ debit: '0', credit: String(50_000 * EUR) }]);

    // An interim review, changes requested on the annual report: nothing due. Then accepted, twice: due once.
    expect(await review(testReviewed('44021', reachedInFull(gent), { periodKind: 'interim' }))).toBe('not-an-accepted-annual-report');
    expect(await review(testReviewed('44021', reachedInFull(gent), { outcome: 'changes-requested' }))).toBe(
      'not-an-accepted-annual-report',
    );
    expect((await payments('44021'))[1]!.status).toBe('scheduled');
    expect(await review(testReviewed('44021', reachedInFull(gent)))).toBe('recorded');
    expect(await review(testReviewed('44021', reachedInFull(gent)))).toBe('accepted-already');
    expect((await budgeting.outbox<PaymentDueV1>(paymentDueV1.type)).map((event) => event.payload.label)).toEqual(['voorschot', 'saldo']);

    expect((await releaseDue()).map((payment) => payment.paymentId)).toEqual([balance!.paymentId]);
    expect(await releaseDue()).toEqual([]);
    const announced = await budgeting.outbox<PaymentReleasedV1>(paymentReleasedV1.type);
    expect(announced.map((event) => [event.payload.amountCents, event.payload.paidCents, event.payload.committedCents])).toEqual([
      [50_000 * EUR, 50_000 * EUR, 100_000 * EUR],
      [50_000 * EUR, 100_000 * EUR, 100_000 * EUR],
    ]);
    expect(await ledgerBalances()).toBe(true);
    expect(await budgeting.count('audit_log')).toBe(2);
  });

  it('releases a payment once when two ABB users release it at the same moment, also when both release all due', async () => {
    await commit(testDecided('44021', [90_000 * EUR]));
    await commit(testDecided('11002', [40_000 * EUR]));
    const [advance] = await payments('44021');
    const outcomes = await Promise.allSettled([releaseOne(advance!.paymentId, ABB_1), releaseOne(advance!.paymentId, ABB_2)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(Conflict);

    // Both release all due at once: Antwerpen's advance is released by one of them only.
    const [first, second] = await Promise.all([releaseDue(ABB_1), releaseDue(ABB_2)]);
    expect([...first!, ...second!].map((payment) => payment.governmentCode)).toEqual(['11002']);
    expect(await budgeting.count('ledger_transaction')).toBe(2 + 2);
    expect(await budgeting.outbox(paymentReleasedV1.type)).toHaveLength(2);
    expect(await ledgerBalances()).toBe(true);
  });

  it('works the schedule out again at an amendment, and refuses an amendment below what was paid', async () => {
    const decided = testDecided('44021', [100_000 * EUR]);
    await commit(decided);
    const [advance] = await payments();
    await releaseOne(advance!.paymentId);
    // Raised to 120,000: the balance becomes 70,000 (the advance of 50,000 stays as paid).
    expect(await commit(testDecided('44021', [120_000 * EUR], { applicationId: decided.applicationId, revision: 2 }))).toBe('committed');
    expect((await payments()).map((payment) => [payment.amountCents, payment.status])).toEqual([
      [50_000 * EUR, 'released'],
      [70_000 * EUR, 'scheduled'],
    ]);
    // Lowered to 40,000, below the 50,000 paid: refused, nothing changes.
    expect(await commit(testDecided('44021', [40_000 * EUR], { applicationId: decided.applicationId, revision: 3 }))).toBe('refused');
    const [refused] = await budgeting.outbox<{ reason: string }>(commitmentRefusedV1.type);
    expect(refused!.payload.reason).toContain('uitbetaald');
    expect((await payments()).map((payment) => payment.amountCents)).toEqual([50_000 * EUR, 70_000 * EUR]);
  });

  it("applies ABB's schedule to later decisions, and refuses a schedule that does not add up, naming the field", async () => {
    const set = (instalments: { label: string; sharePercent: number; condition: 'decision' | 'annual-report-accepted' }[]) =>
      budgeting.as(ABB_1, () =>
        budgeting.get(SetPaymentScheduleHandler).execute({ projectYear: 1, instalments, changedBy: ABB_1.subject }),
      );
    await expect(set([{ label: 'voorschot', sharePercent: 60, condition: 'decision' }])).rejects.toThrow(RuleViolation);
    expect(await budgeting.count('payment_schedule')).toBe(0);
    await set([
      { label: 'voorschot', sharePercent: 60, condition: 'decision' },
      { label: 'saldo', sharePercent: 40, condition: 'annual-report-accepted' },
    ]);
    await commit(testDecided('44021', [100_000 * EUR]));
    expect((await payments()).map((payment) => payment.amountCents)).toEqual([60_000 * EUR, 40_000 * EUR]);
  });

  it('makes the balance of a decision committed after the accepted annual report due at once', async () => {
    const decided = testDecided('44021', [10_000 * EUR]);
    await review(testReviewed('44021', reachedInFull(decided)));
    await commit(decided);
    expect((await payments()).map((payment) => payment.status)).toEqual(['due', 'due']);
  });

  it('answers an unknown payment with 404', async () => {
    await expect(releaseOne('8d3e2f1a-6b5c-4d7e-9f8a-0b1c2d3e4f5a')).rejects.toThrow(NotFound);
  });
});
