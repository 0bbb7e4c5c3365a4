import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  cofinancingDeclaredV1,
  cofinancingShortfallFlaggedV1,
  type ApplicationDecidedV1,
  type CofinancingDeclaredV1,
  type CofinancingShortfallFlaggedV1,
} from '#contracts';
import { Conflict, RuleViolation } from '#domain';
import { startUseCasesUnderTest, testDecided, type UseCasesUnderTest } from '#testing';
import { CommitDecisionHandler } from '../src/application/commit-decision/commit-decision.handler.js';
import { DeclareCofinancingHandler } from '../src/application/declare-cofinancing/declare-cofinancing.handler.js';
import { ListCofinancingHandler } from '../src/application/list-cofinancing/list-cofinancing.handler.js';
import { budgetingManifest } from '../src/budgeting.manifest.js';

const EUR = 100;
const GENT = { subject: 'gent-financien', role: 'government', organisationCode: '44021' } as const;

const MONEY_TABLES =
  'ledger_entry, ledger_transaction, decision_answer, commitment, budget_change, programme_budget, cofinancing_declaration, ' +
  'audit_log, outbox';

describe('co-financing on a real database', () => {
  let budgeting: UseCasesUnderTest;
  const commit = (decision: ApplicationDecidedV1) => budgeting.get(CommitDecisionHandler).execute({ decision });
  const declare = (declaredCents: number, source = 'Eigen middelen', governmentCode = '44021') =>
    budgeting.as(GENT, () =>
      budgeting.get(DeclareCofinancingHandler).execute({ governmentCode, projectYear: 1, declaredCents, source, declaredBy: GENT.subject }),
    );
  const list = (shortfallOnly = false) => budgeting.get(ListCofinancingHandler).execute({ projectYear: 1, shortfallOnly });

  beforeAll(async () => {
    budgeting = await startUseCasesUnderTest({ manifest: budgetingManifest, label: 'budgeting_cofinancing_db' });
  });
  afterAll(async () => {
    await budgeting?.stop();
  });
  beforeEach(async () => {
    await budgeting.query(`TRUNCATE ${MONEY_TABLES}`);
  });

  it('measures a declaration against the subsidy for actions, flags a shortfall once and shows it to ABB', async () => {
    // EUR 90,000 for lines, EUR 10,000 for a mentorship: the obligation is the EUR 90,000.
    await commit(testDecided('44021', [90_000 * EUR], { stimuliCents: 10_000 * EUR }));
    await commit(testDecided('11002', [50_000 * EUR]));
    expect((await list(true)).map((row) => [row.governmentCode, row.status])).toEqual([
      ['11002', 'not-declared'],
      ['44021', 'not-declared'],
    ]);

    const declared = await declare(60_000 * EUR, 'Eigen middelen, budget Samenleven 2022');
    expect(declared).toMatchObject({
      obligationCents: 90_000 * EUR,
      declaredCents: 60_000 * EUR,
      shortfallCents: 30_000 * EUR,
      status: 'shortfall',
    });
    const flagged = await budgeting.outbox<CofinancingShortfallFlaggedV1>(cofinancingShortfallFlaggedV1.type);
    expect(flagged.map((event) => [event.key, event.payload.shortfallCents, event.payload.declarationId])).toEqual([
      ['44021', 30_000 * EUR, declared.declarationId],
    ]);
    expect(await list()).toEqual([
      expect.objectContaining({ governmentCode: '11002', status: 'not-declared', declaredCents: null, shortfallCents: 50_000 * EUR }),
      expect.objectContaining({
        governmentCode: '44021',
        status: 'shortfall',
        source: 'Eigen middelen, budget Samenleven 2022',
        declaredBy: GENT.subject,
      }),
    ]);

    // A new declaration covering the obligation replaces it: no new flag, and Gent leaves the shortfall list.
    await declare(90_000 * EUR);
    expect(await budgeting.outbox(cofinancingShortfallFlaggedV1.type)).toHaveLength(1);
    expect((await list(true)).map((row) => row.governmentCode)).toEqual(['11002']);
    const declarations = await budgeting.outbox<CofinancingDeclaredV1>(cofinancingDeclaredV1.type);
    expect(declarations.map((event) => event.payload.shortfallCents)).toEqual([30_000 * EUR, 0]);
    expect(await budgeting.count('audit_log')).toBe(2);
  });

  it('flags a covered declaration again when an amendment raises the obligation above it', async () => {
    const decided = testDecided('44021', [90_000 * EUR]);
    await commit(decided);
    await declare(90_000 * EUR);
    await commit(testDecided('44021', [100_000 * EUR], { applicationId: decided.applicationId, revision: 2 }));
    const flagged = await budgeting.outbox<CofinancingShortfallFlaggedV1>(cofinancingShortfallFlaggedV1.type);
    expect(flagged.map((event) => [event.payload.obligationCents, event.payload.shortfallCents])).toEqual([[100_000 * EUR, 10_000 * EUR]]);
    expect((await list(true)).map((row) => [row.governmentCode, row.shortfallCents])).toEqual([['44021', 10_000 * EUR]]);
  });

  it('refuses a declaration without a commitment, or in fractions of cents, and changes nothing', async () => {
    await expect(declare(100 * EUR)).rejects.toThrow(Conflict);
    await commit(testDecided('44021', [90_000 * EUR]));
    await expect(declare(100.5)).rejects.toThrow(RuleViolation);
    await expect(declare(100, '  ')).rejects.toThrow(/source/);
    expect(await budgeting.count('cofinancing_declaration')).toBe(0);
    expect(await budgeting.outbox(cofinancingDeclaredV1.type)).toEqual([]);
  });
});
