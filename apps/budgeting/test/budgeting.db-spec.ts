import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { findProjectYear } from '#catalogue';
import { subsidyCommittedV1, type SubsidyCommittedV1, type TargetsCommittedV2 } from '#contracts';
import { RuleViolation } from '#domain';
import { runWithContext } from '#observability';
import { decidedLine, startUseCasesUnderTest, testDecision, type UseCasesUnderTest } from '#testing';
import { CommitSubsidyHandler } from '../src/application/commit-subsidy/commit-subsidy.handler.js';
import { GetBudgetHandler } from '../src/application/get-budget/get-budget.handler.js';
import { ListCommitmentsHandler } from '../src/application/list-commitments/list-commitments.handler.js';
import { budgetingManifest } from '../src/budgeting.manifest.js';

const programmeBudget = (projectYear: number): number => findProjectYear(projectYear)!.programmeBudgetEur;

describe('budgeting use cases on a real database', () => {
  let budgeting: UseCasesUnderTest;
  let commitSubsidy: CommitSubsidyHandler;

  const commit = (decided: TargetsCommittedV2, causeEventId: string = randomUUID()): Promise<boolean> =>
    commitSubsidy.execute({ causeEventId, decision: decided });
  const budget = (projectYear: number) => budgeting.get(GetBudgetHandler).execute({ projectYear });
  const commitments = (projectYear: number, governmentCode?: string) =>
    budgeting.get(ListCommitmentsHandler).execute({ projectYear, governmentCode });
  const written = async () => ({
    commitments: await budgeting.count('commitment'),
    lines: await budgeting.count('commitment_line'),
    bookings: await budgeting.count('ledger_transaction'),
    entries: await budgeting.count('ledger_entry'),
    outbox: await budgeting.count('outbox'),
  });

  beforeAll(async () => {
    budgeting = await startUseCasesUnderTest({ manifest: budgetingManifest, label: 'budgeting_db' });
    commitSubsidy = budgeting.get(CommitSubsidyHandler);
  });

  afterAll(async () => {
    await budgeting?.stop();
  });

  beforeEach(async () => {
    await budgeting.query('TRUNCATE commitment_line, commitment, ledger_entry, ledger_transaction, outbox');
  });

  describe('committing subsidy', () => {
    it('commits a decision once, however often it is executed, with a balanced booking and one subsidy-committed', async () => {
      const gent = testDecision('44021', 1, [
        decidedLine('A05', { currentReach: 500, approvedAdditionalReach: 1500, subsidisedReach: 1500, eurPerKpi: 60 }),
        decidedLine('A02', { currentReach: 0, approvedAdditionalReach: 1, subsidisedReach: 1, eurPerKpi: 25_000 }),
      ]);
      const cause = randomUUID();
      const outcomes = [
        await runWithContext({ correlationId: 'c-decision', causationId: cause }, () => commit(gent, cause)),
        // The same event again, then the same decision under a new event id (e.g. a replay).
        await commit(gent, cause),
        await commit(gent),
      ];
      expect(outcomes).toEqual([true, false, false]);

      expect(await commitments(1)).toEqual([
        {
          applicationId: gent.applicationId,
          governmentCode: '44021',
          projectYear: 1,
          amountEur: 115_000,
          // Lines by indicator.
          lines: [
            { indicatorCode: 'A02', approvedAdditionalReach: 1, subsidisedReach: 1, eurPerKpi: 25_000, amountEur: 25_000 },
            { indicatorCode: 'A05', approvedAdditionalReach: 1500, subsidisedReach: 1500, eurPerKpi: 60, amountEur: 90_000 },
          ],
          committedAt: expect.any(String),
        },
      ]);
      // The commitment keeps the event that caused it: the first one.
      expect(await budgeting.query('SELECT cause_event_id FROM commitment')).toEqual([{ cause_event_id: cause }]);
      expect(await budget(1)).toEqual({
        projectYear: 1,
        programmeBudgetEur: 14_136_359,
        committedEur: 115_000,
        remainingEur: 14_136_359 - 115_000,
        overCommitted: false,
        ledger: { debitEur: 115_000, creditEur: 115_000, balanced: true },
      });
      // Drawn from the year's programme budget, owed to Gent.
      expect(await budgeting.query('SELECT account, debit_eur, credit_eur FROM ledger_entry ORDER BY account')).toEqual([
        { account: 'commitments:44021', debit_eur: 0, credit_eur: 115_000 },
        { account: 'programme-budget:1', debit_eur: 115_000, credit_eur: 0 },
      ]);

      expect(await budgeting.outbox<SubsidyCommittedV1>()).toEqual([
        expect.objectContaining({
          type: subsidyCommittedV1.type,
          version: 1,
          producer: 'budgeting',
          key: '44021',
          correlationId: 'c-decision',
          causationId: cause,
          payload: {
            applicationId: gent.applicationId,
            governmentCode: '44021',
            projectYear: 1,
            amountEur: 115_000,
            lines: [
              { indicatorCode: 'A05', approvedAdditionalReach: 1500, eurPerKpi: 60, amountEur: 90_000 },
              { indicatorCode: 'A02', approvedAdditionalReach: 1, eurPerKpi: 25_000, amountEur: 25_000 },
            ],
          },
        }),
      ]);
    });

    it('commits a decision once when executions of it race', async () => {
      const gent = testDecision('44021', 1, [
        decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 100, subsidisedReach: 100, eurPerKpi: 60 }),
      ]);
      const outcomes = await Promise.all([1, 2, 3, 4].map(() => commit(gent)));
      expect(outcomes.sort()).toEqual([false, false, false, true]);
      expect(await written()).toEqual({ commitments: 1, lines: 1, bookings: 1, entries: 2, outbox: 1 });
      expect(await budget(1)).toMatchObject({ committedEur: 6000, ledger: { debitEur: 6000, creditEur: 6000, balanced: true } });
    });

    it("commits the decision's own prices: a rate other than the catalogue's and a reach paid below the approval are kept", async () => {
      // Priced at 65 per KPI (as under a later catalogue; budgeting's own copy says 60), the cap paying 2,250 of 3,000.
      const later = testDecision('44021', 2, [
        decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 3000, subsidisedReach: 2250, eurPerKpi: 65 }),
      ]);
      expect(await commit(later)).toBe(true);
      expect(await commitments(2)).toEqual([
        expect.objectContaining({
          amountEur: 146_250,
          lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 3000, subsidisedReach: 2250, eurPerKpi: 65, amountEur: 146_250 }],
        }),
      ]);
      expect((await budgeting.outbox<SubsidyCommittedV1>(subsidyCommittedV1.type)).map((event) => event.payload)).toEqual([
        {
          applicationId: later.applicationId,
          governmentCode: '44021',
          projectYear: 2,
          amountEur: 146_250,
          lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 3000, eurPerKpi: 65, amountEur: 146_250 }],
        },
      ]);
      expect(await budget(2)).toMatchObject({ committedEur: 146_250, ledger: { balanced: true } });
    });

    it('refuses a decision that is not consistent in itself, naming the rule, and writes nothing', async () => {
      const consistent = testDecision('44021', 1, [
        decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 10, subsidisedReach: 10, eurPerKpi: 60 }),
      ]);
      const refusals: [TargetsCommittedV2, string][] = [
        [{ ...consistent, amountEur: 1 }, 'amountEur: 1 is not the sum of the lines (600)'],
        [
          {
            ...consistent,
            amountEur: 601,
            targets: [
              {
                ...decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 10, subsidisedReach: 10, eurPerKpi: 60 }),
                amountEur: 601,
              },
            ],
          },
          'targets[0].amountEur: 601 is not 10 x 60 euro per KPI',
        ],
        [
          testDecision('44021', 1, [
            decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 10, subsidisedReach: 10, eurPerKpi: 60 }),
            decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 5, subsidisedReach: 5, eurPerKpi: 60 }),
          ]),
          'targets[1].indicatorCode: A05 appears more than once',
        ],
        // Paying for more than was approved: the lines add up, the rule does not.
        [
          testDecision('44021', 1, [
            decidedLine('A02', { currentReach: 0, approvedAdditionalReach: 1, subsidisedReach: 1, eurPerKpi: 25_000 }),
            decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 10, subsidisedReach: 20, eurPerKpi: 60 }),
          ]),
          'targets[1].subsidisedReach: 20 exceeds the approved additional reach of 10',
        ],
        [{ ...consistent, amountEur: 0, targets: [] }, 'a commitment has at least one line'],
        [{ ...consistent, projectYear: 4 }, `application ${consistent.applicationId}: 4 is not a project year of Plan Samenleven`],
      ];
      for (const [refused, rule] of refusals) {
        const outcome = commit(refused);
        await expect(outcome).rejects.toThrow(RuleViolation);
        await expect(outcome).rejects.toThrow(rule);
      }
      expect(await written()).toEqual({ commitments: 0, lines: 0, bookings: 0, entries: 0, outbox: 0 });
    });

    it('keeps a decision that commits nothing, without a booking', async () => {
      const nothing = testDecision('44021', 1, [
        decidedLine('A05', { currentReach: 700, approvedAdditionalReach: 0, subsidisedReach: 0, eurPerKpi: 60 }),
      ]);
      expect(await commit(nothing)).toBe(true);
      expect(await written()).toEqual({ commitments: 1, lines: 1, bookings: 0, entries: 0, outbox: 1 });
      expect(await budget(1)).toMatchObject({ committedEur: 0, ledger: { debitEur: 0, creditEur: 0, balanced: true } });
      expect((await budgeting.outbox<SubsidyCommittedV1>())[0]?.payload).toMatchObject({ amountEur: 0 });
    });

    it("keeps every year's ledger balanced, committing what the decisions add up to, also beyond the budget", async () => {
      const decided = fc.record({
        governmentCode: fc.constantFrom('44021', '11002', '12025'),
        projectYear: fc.integer({ min: 1, max: 3 }),
        lines: fc.uniqueArray(
          fc.record({
            indicatorCode: fc.constantFrom('A02', 'A05', 'A07', 'A23'),
            approved: fc.integer({ min: 0, max: 3000 }),
            paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
            eurPerKpi: fc.nat(2000),
          }),
          { minLength: 1, maxLength: 3, selector: (entry) => entry.indicatorCode },
        ),
        twice: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(decided, { minLength: 1, maxLength: 6 }), async (drawn) => {
          await budgeting.query('TRUNCATE commitment_line, commitment, ledger_entry, ledger_transaction, outbox');
          const decisions = drawn.map((entry) => ({
            twice: entry.twice,
            decided: testDecision(
              entry.governmentCode,
              entry.projectYear,
              entry.lines.map(({ indicatorCode, approved, paidShare, eurPerKpi }) =>
                decidedLine(indicatorCode, {
                  approvedAdditionalReach: approved,
                  subsidisedReach: Math.floor(approved * paidShare),
                  eurPerKpi,
                }),
              ),
            ),
          }));
          for (const { decided: once, twice } of decisions) {
            await commit(once);
            if (twice) await commit(once);
          }
          for (const projectYear of [1, 2, 3]) {
            const committedEur = decisions
              .filter(({ decided: once }) => once.projectYear === projectYear)
              .reduce((sum, { decided: once }) => sum + once.amountEur, 0);
            expect(await budget(projectYear)).toEqual({
              projectYear,
              programmeBudgetEur: programmeBudget(projectYear),
              committedEur,
              remainingEur: programmeBudget(projectYear) - committedEur,
              overCommitted: committedEur > programmeBudget(projectYear),
              ledger: { debitEur: committedEur, creditEur: committedEur, balanced: true },
            });
          }
          expect(await budgeting.count('commitment')).toBe(decisions.length);
          expect(await budgeting.count('outbox')).toBe(decisions.length);
        }),
        { numRuns: 20 },
      );
    });

    it('refuses to commit an unbalanced booking in the database itself', async () => {
      const client = new pg.Client({ connectionString: budgeting.databaseUrl });
      await client.connect();
      try {
        await client.query('BEGIN');
        const id = randomUUID();
        await client.query(
          `INSERT INTO ledger_transaction (id, project_year, kind, application_id, description, booked_at)
           VALUES ($1, 1, 'commitment', NULL, 'one-sided', now())`,
          [id],
        );
        await client.query(
          `INSERT INTO ledger_entry (id, transaction_id, account, debit_eur, credit_eur) VALUES ($1, $2, 'programme-budget:1', 10, 0)`,
          [randomUUID(), id],
        );
        await expect(client.query('COMMIT')).rejects.toThrow(/does not balance/);
      } finally {
        await client.end();
      }
    });
  });

  describe('listing commitments', () => {
    it("lists a year's commitments by government, then in the order they were committed, for one government when asked", async () => {
      const gentFirst = testDecision('44021', 1, [
        decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 100, subsidisedReach: 100, eurPerKpi: 60 }),
        decidedLine('A02', { currentReach: 0, approvedAdditionalReach: 1, subsidisedReach: 1, eurPerKpi: 25_000 }),
      ]);
      const antwerpen = testDecision('11002', 1, [
        decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 200, subsidisedReach: 200, eurPerKpi: 60 }),
      ]);
      const gentSecond = testDecision('44021', 1, [
        decidedLine('A07', { currentReach: 0, approvedAdditionalReach: 10, subsidisedReach: 10, eurPerKpi: 650 }),
      ]);
      const mechelenYear2 = testDecision('12025', 2, [
        decidedLine('A23', { currentReach: 0, approvedAdditionalReach: 10, subsidisedReach: 10, eurPerKpi: 210 }),
      ]);
      for (const decided of [gentFirst, antwerpen, gentSecond, mechelenYear2]) {
        await commit(decided);
        // Committed in distinct milliseconds, so the order among one government's commitments is defined.
        await sleep(3);
      }

      const year1 = await commitments(1);
      expect(year1.map((listed) => listed.applicationId)).toEqual([
        antwerpen.applicationId,
        gentFirst.applicationId,
        gentSecond.applicationId,
      ]);
      expect(year1[1]?.lines.map((listed) => listed.indicatorCode)).toEqual(['A02', 'A05']);
      expect(year1[1]!.committedAt < year1[2]!.committedAt).toBe(true);
      expect((await commitments(1, '44021')).map((listed) => listed.applicationId)).toEqual([
        gentFirst.applicationId,
        gentSecond.applicationId,
      ]);
      expect((await commitments(1, '12025')).map((listed) => listed.applicationId)).toEqual([]);
      expect(await commitments(2)).toEqual([
        {
          applicationId: mechelenYear2.applicationId,
          governmentCode: '12025',
          projectYear: 2,
          amountEur: 2100,
          lines: [{ indicatorCode: 'A23', approvedAdditionalReach: 10, subsidisedReach: 10, eurPerKpi: 210, amountEur: 2100 }],
          committedAt: expect.any(String),
        },
      ]);
      expect(await commitments(3)).toEqual([]);
    });
  });
});
