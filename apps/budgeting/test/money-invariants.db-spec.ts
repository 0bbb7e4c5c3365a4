import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ApplicationDecidedV1 } from '#contracts';
import { RuleViolation } from '#domain';
import { startUseCasesUnderTest, testDecided, type UseCasesUnderTest } from '#testing';
import { ChangeBudgetHandler } from '../src/application/change-budget/change-budget.handler.js';
import { CommitDecisionHandler } from '../src/application/commit-decision/commit-decision.handler.js';
import { DecideRecoveryHandler } from '../src/application/decide-recovery/decide-recovery.handler.js';
import { ListRecoveriesHandler } from '../src/application/list-recoveries/list-recoveries.handler.js';
import { RecordReportReviewHandler } from '../src/application/record-report-review/record-report-review.handler.js';
import { ReleasePaymentsHandler } from '../src/application/release-payments/release-payments.handler.js';
import { budgetingManifest } from '../src/budgeting.manifest.js';
import { testReviewed } from './money-payloads.js';

const EUR = 100;
const ABB = { subject: 'abb-officer-1', role: 'abb', organisationCode: 'OVO002949' } as const;
const GOVERNMENTS = ['44021', '11002', '12025'];
const TABLES =
  'ledger_entry, ledger_transaction, decision_answer, commitment, payment, payment_schedule, accepted_annual_report, recovery, ' +
  'cofinancing_declaration, budget_change, programme_budget, audit_log, outbox';

type Step =
  | { kind: 'decide'; government: number; kpis: number }
  | { kind: 'amend'; government: number; kpis: number }
  | { kind: 'replay' }
  | { kind: 'release'; government: number | null }
  | { kind: 'accept'; government: number; realisedShare: number }
  | { kind: 'confirm'; share: number }
  | { kind: 'waive' };

const government = fc.nat(GOVERNMENTS.length - 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('decide' as const), government, kpis: fc.integer({ min: 1, max: 900 }) }),
  fc.record({ kind: fc.constant('amend' as const), government, kpis: fc.integer({ min: 0, max: 900 }) }),
  fc.record({ kind: fc.constant('replay' as const) }),
  fc.record({ kind: fc.constant('release' as const), government: fc.option(government, { nil: null }) }),
  fc.record({ kind: fc.constant('accept' as const), government, realisedShare: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('confirm' as const), share: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant('waive' as const) }),
);

/**
 * Random sequences of decisions, amendments (also lowering: the reversing bookings), replays, payments, accepted
 * annual reports, confirmed and waived recoveries through the real handlers on the real database, with a budget so
 * tight that decisions are refused; after every step each invariant of the issue holds.
 */
describe('the invariants of the money, on a real database', () => {
  let budgeting: UseCasesUnderTest;

  beforeAll(async () => {
    budgeting = await startUseCasesUnderTest({ manifest: budgetingManifest, label: 'budgeting_invariants_db' });
  });
  afterAll(async () => {
    await budgeting?.stop();
  });

  const number = async (sql: string): Promise<number> => Number((await budgeting.query<{ value: string }>(sql))[0]!.value);

  const checkInvariants = async (budgetCents: number): Promise<void> => {
    const committed = await number(
      `SELECT COALESCE(SUM(debit_cents - credit_cents), 0) AS value FROM ledger_entry WHERE account = 'programme-budget:1'`,
    );
    expect(committed).toBeLessThanOrEqual(budgetCents);
    expect(committed).toBe(await number('SELECT COALESCE(SUM(committed_cents), 0) AS value FROM commitment'));
    const perGovernment = await budgeting.query<{ committed: string; paid: string; recovered: string; scheduled: string }>(
      `SELECT c.committed, COALESCE(p.paid, 0) AS paid, COALESCE(r.recovered, 0) AS recovered, COALESCE(p.scheduled, 0) AS scheduled
       FROM (SELECT government_code, SUM(committed_cents) AS committed FROM commitment GROUP BY government_code) c
       LEFT JOIN (SELECT government_code, SUM(amount_cents) FILTER (WHERE status = 'released') AS paid, SUM(amount_cents) AS scheduled
                  FROM payment GROUP BY government_code) p USING (government_code)
       LEFT JOIN (SELECT government_code, SUM(recovered_cents) FILTER (WHERE status = 'confirmed') AS recovered
                  FROM recovery GROUP BY government_code) r USING (government_code)`,
    );
    for (const row of perGovernment) {
      expect(Number(row.paid)).toBeLessThanOrEqual(Number(row.committed));
      expect(Number(row.recovered)).toBeLessThanOrEqual(Number(row.paid));
      // The schedule always adds up to the commitment.
      expect(Number(row.scheduled)).toBe(Number(row.committed));
    }
    const unbalanced = await budgeting.query(
      'SELECT transaction_id FROM ledger_entry GROUP BY transaction_id HAVING SUM(debit_cents) <> SUM(credit_cents)',
    );
    expect(unbalanced).toEqual([]);
    const paidInLedger = await number(
      `SELECT COALESCE(SUM(credit_cents), 0) AS value FROM ledger_entry WHERE account LIKE 'payments-to:%'`,
    );
    expect(paidInLedger).toBe(await number(`SELECT COALESCE(SUM(amount_cents), 0) AS value FROM payment WHERE status = 'released'`));
    const recoveredInLedger = await number(
      `SELECT COALESCE(SUM(credit_cents), 0) AS value FROM ledger_entry WHERE account = 'recovered:1'`,
    );
    expect(recoveredInLedger).toBe(
      await number(`SELECT COALESCE(SUM(recovered_cents), 0) AS value FROM recovery WHERE status = 'confirmed'`),
    );
  };

  it('keeps committed within the budget, paid within committed, recovered within paid, and the ledger balanced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 50_000, max: 200_000 }),
        fc.array(step, { minLength: 1, maxLength: 14 }),
        async (budgetEur, steps) => {
          await budgeting.query(`TRUNCATE ${TABLES}`);
          const budgetCents = budgetEur * EUR;
          await budgeting.as(ABB, () =>
            budgeting.get(ChangeBudgetHandler).execute({ projectYear: 1, budgetCents, reason: 'Eigenschapstest', changedBy: ABB.subject }),
          );
          const decided = new Map<string, ApplicationDecidedV1>();
          let last: ApplicationDecidedV1 | undefined;
          const commit = async (decision: ApplicationDecidedV1) => {
            last = decision;
            const outcome = await budgeting.get(CommitDecisionHandler).execute({ decision });
            if (outcome === 'committed') decided.set(decision.governmentCode, decision);
          };
          for (const next of steps) {
            const code = 'government' in next && next.government !== null ? GOVERNMENTS[next.government]! : undefined;
            switch (next.kind) {
              case 'decide':
                if (!decided.has(code!)) await commit(testDecided(code!, [next.kpis * 100 * EUR]));
                break;
              case 'amend': {
                const inForce = decided.get(code!);
                if (inForce)
                  await commit(
                    testDecided(code!, [next.kpis * 100 * EUR], { applicationId: inForce.applicationId, revision: inForce.revision + 1 }),
                  );
                break;
              }
              case 'replay':
                // The same decision again books nothing.
                if (last) expect(await budgeting.get(CommitDecisionHandler).execute({ decision: last })).toBe('answered-already');
                break;
              case 'release':
                await budgeting.as(ABB, () =>
                  budgeting.get(ReleasePaymentsHandler).execute({ projectYear: 1, governmentCode: code, releasedBy: ABB.subject }),
                );
                break;
              case 'accept': {
                const inForce = decided.get(code!);
                const line = inForce?.lines[0];
                if (line)
                  await budgeting.get(RecordReportReviewHandler).execute({
                    review: testReviewed(code!, [
                      {
                        ...line,
                        realised: Math.floor((line.target * next.realisedShare) / 100),
                        motivation: null,
                        motivationAccepted: null,
                      },
                    ]),
                  });
                break;
              }
              case 'confirm':
              case 'waive': {
                const [open] = await budgeting.get(ListRecoveriesHandler).execute({ projectYear: 1, status: 'proposed' });
                if (!open) break;
                const amountCents = next.kind === 'confirm' ? Math.max(1, Math.floor((open.proposedCents * next.share) / 100)) : undefined;
                await budgeting
                  .as(ABB, () =>
                    budgeting.get(DecideRecoveryHandler).execute({
                      recoveryId: open.recoveryId,
                      outcome: next.kind === 'confirm' ? 'confirmed' : 'waived',
                      amountCents,
                      reason: 'Eigenschapstest',
                      decidedBy: ABB.subject,
                    }),
                  )
                  // More than was paid (the balance not released yet) is refused, with nothing changed: a valid outcome.
                  .catch((error: unknown) => {
                    if (!(error instanceof RuleViolation)) throw error;
                  });
                break;
              }
            }
            await checkInvariants(budgetCents);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
