import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  allocationProposedV1,
  commitmentRefusedV1,
  programmeBudgetChangedV1,
  subsidyCommittedV2,
  type AllocationProposedV1,
  type ApplicationDecidedV1,
  type ApplicationSubmittedV1,
  type CallClosedV1,
  type CommitmentRefusedV1,
  type SubsidyCommittedV2,
} from '#contracts';
import { RuleViolation } from '#domain';
import { startUseCasesUnderTest, testCallClosed, testDecided, testSubmission, type UseCasesUnderTest } from '#testing';
import { ChangeBudgetHandler } from '../src/application/change-budget/change-budget.handler.js';
import { CommitDecisionHandler } from '../src/application/commit-decision/commit-decision.handler.js';
import { GetBudgetHandler } from '../src/application/get-budget/get-budget.handler.js';
import { ListBudgetChangesHandler } from '../src/application/list-budget-changes/list-budget-changes.handler.js';
import { ListCommitmentsHandler } from '../src/application/list-commitments/list-commitments.handler.js';
import { RecordCallClosureHandler } from '../src/application/record-call-closure/record-call-closure.handler.js';
import { RecordSubmissionHandler } from '../src/application/record-submission/record-submission.handler.js';
import { budgetingManifest } from '../src/budgeting.manifest.js';

const EUR = 100;
const YEAR_1_BUDGET = 14_136_359 * EUR;
const ABB = { subject: 'abb-officer-1', role: 'abb', organisationCode: 'OVO002949' } as const;

describe('budgeting use cases on a real database', () => {
  let budgeting: UseCasesUnderTest;

  const submit = (submitted: ApplicationSubmittedV1) => budgeting.get(RecordSubmissionHandler).execute({ submission: submitted });
  const close = (closed: CallClosedV1) => budgeting.get(RecordCallClosureHandler).execute({ closure: closed });
  const commit = (decision: ApplicationDecidedV1) => budgeting.get(CommitDecisionHandler).execute({ decision });
  const budget = (projectYear = 1) => budgeting.get(GetBudgetHandler).execute({ projectYear });
  const changeBudget = (budgetCents: number, reason = 'Krap budget voor de test', projectYear = 1) =>
    budgeting.as(ABB, () => budgeting.get(ChangeBudgetHandler).execute({ projectYear, budgetCents, reason, changedBy: ABB.subject }));
  const proposals = async () => (await budgeting.outbox<AllocationProposedV1>(allocationProposedV1.type)).map((event) => event.payload);
  const ledgerEntries = () =>
    budgeting.query<{ account: string; debit_cents: string; credit_cents: string }>(
      'SELECT account, debit_cents, credit_cents FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id ' +
        'ORDER BY t.booked_at, e.account',
    );

  beforeAll(async () => {
    budgeting = await startUseCasesUnderTest({ manifest: budgetingManifest, label: 'budgeting_db' });
  });

  afterAll(async () => {
    await budgeting?.stop();
  });

  beforeEach(async () => {
    await budgeting.query(
      'TRUNCATE ledger_entry, ledger_transaction, decision_answer, commitment, allocation_proposal, closed_call, ' +
        'submitted_application, budget_change, programme_budget, audit_log, outbox',
    );
  });

  describe('the allocation proposal of a closed call', () => {
    it('waits for every listed submission, whichever arrives last, and proposes once', async () => {
      const callId = randomUUID();
      const gent = testSubmission(callId, '44021', [{ indicatorCode: 'A05', additionalReach: 1500, priority: 1 }], { mentorshipOn: 5 });
      const antwerpen = testSubmission(callId, '11002', [{ indicatorCode: 'A05', additionalReach: 1000, priority: 1 }], {
        submittedAt: '2022-07-02T10:00:00.000Z',
      });
      expect(await submit(gent)).toBe(true);
      // The closing overtakes Antwerpen's submission (another partition): nothing is proposed yet.
      expect(await close(testCallClosed(callId, [gent, antwerpen]))).toBe(true);
      expect(await proposals()).toEqual([]);
      expect(await submit(antwerpen)).toBe(true);
      // Redeliveries change nothing.
      expect(await submit(antwerpen)).toBe(false);
      expect(await close(testCallClosed(callId, [gent, antwerpen]))).toBe(false);

      const [proposal, ...more] = await proposals();
      expect(more).toEqual([]);
      expect(proposal).toMatchObject({
        callId,
        projectYear: 1,
        budgetCents: YEAR_1_BUDGET,
        availableCents: YEAR_1_BUDGET,
        rule: 'priority-rounds-v1',
        requestedCents: (1500 + 1000) * 60 * EUR,
        linesCents: (1500 + 1000) * 60 * EUR,
        stimuliCents: 10_000 * EUR,
      });
      expect(proposal!.applications.map((application) => [application.governmentCode, application.lines[0]!.outcome])).toEqual([
        ['44021', 'full'],
        ['11002', 'full'],
      ]);
      expect(proposal!.applications[0]!.stimuli).toEqual([
        expect.objectContaining({ kind: 'mentorship', actionNumber: 5, outcome: 'full' }),
      ]);
      expect(await budgeting.count('allocation_proposal')).toBe(1);
    });

    it('proposes within what the year has left: the budget minus what is committed already', async () => {
      await changeBudget(200_000 * EUR);
      expect(await commit(testDecided('12025', [60_000 * EUR]))).toBe('committed');
      const callId = randomUUID();
      const first = testSubmission(callId, '44021', [
        { indicatorCode: 'A05', additionalReach: 1500, priority: 1 },
        { indicatorCode: 'A06', additionalReach: 1500, priority: 2 },
      ]);
      const second = testSubmission(callId, '11002', [{ indicatorCode: 'A05', additionalReach: 1000, priority: 1 }], {
        submittedAt: '2022-07-02T10:00:00.000Z',
      });
      await close(testCallClosed(callId, [first, second]));
      await submit(second);
      await submit(first);
      const [proposal] = await proposals();
      expect(proposal).toMatchObject({ availableCents: 140_000 * EUR });
      const outcomes = proposal!.applications.flatMap((application) =>
        application.lines.map((line) => [application.governmentCode, line.indicatorCode, line.outcome, line.proposedAdditionalReach]),
      );
      // 140,000 left: Gent's A05 (90,000) in full; Antwerpen's A05 gets the whole KPIs of the remaining 50,000 (833
      // of 1,000); Gent's priority-2 line gets nothing.
      expect(outcomes).toEqual([
        ['44021', 'A05', 'full', 1500],
        ['44021', 'A06', 'none', 0],
        ['11002', 'A05', 'partial', 833],
      ]);
      expect(proposal!.linesCents).toBe((1500 + 833) * 60 * EUR);
    });

    it('proposes an empty allocation for a call that closed without submissions', async () => {
      const callId = randomUUID();
      await close(testCallClosed(callId, []));
      expect(await proposals()).toEqual([expect.objectContaining({ callId, applications: [], linesCents: 0, stimuliCents: 0 })]);
    });
  });

  describe('committing decisions', () => {
    it('commits a decision once, however often it is delivered, with a balanced booking and one subsidy-committed', async () => {
      const gent = testDecided('44021', [90_000 * EUR], { stimuliCents: 10_000 * EUR });
      expect(await commit(gent)).toBe('committed');
      expect(await commit(gent)).toBe('answered-already');
      expect(await Promise.all([commit(gent), commit(gent)])).toEqual(['answered-already', 'answered-already']);

      expect(await budget()).toEqual({
        projectYear: 1,
        budgetCents: YEAR_1_BUDGET,
        source: 'catalogue',
        committedCents: 100_000 * EUR,
        availableCents: YEAR_1_BUDGET - 100_000 * EUR,
        ledger: { debitCents: 100_000 * EUR, creditCents: 100_000 * EUR, balanced: true },
      });
      expect(await ledgerEntries()).toEqual([
        { account: 'commitments:44021', debit_cents: '0', credit_cents: String(100_000 * EUR) },
        { account: 'programme-budget:1', debit_cents: String(100_000 * EUR), credit_cents: '0' },
      ]);
      expect(await budgeting.get(ListCommitmentsHandler).execute({ projectYear: 1 })).toEqual([
        expect.objectContaining({
          applicationId: gent.applicationId,
          decisionId: gent.decisionId,
          revision: 1,
          governmentCode: '44021',
          iban: 'BE68539007547034',
          linesCents: 90_000 * EUR,
          stimuliCents: 10_000 * EUR,
          committedCents: 100_000 * EUR,
        }),
      ]);
      const answers = await budgeting.outbox<SubsidyCommittedV2>(subsidyCommittedV2.type);
      expect(answers.map((event) => [event.key, event.payload])).toEqual([
        [
          '44021',
          expect.objectContaining({
            decisionId: gent.decisionId,
            revision: 1,
            committedCents: 100_000 * EUR,
            deltaCents: 100_000 * EUR,
            yearCommittedCents: 100_000 * EUR,
            budgetCents: YEAR_1_BUDGET,
          }),
        ],
      ]);
    });

    it('refuses a decision the budget does not cover, booking nothing; a new decision on the same revision may pass', async () => {
      await changeBudget(100_000 * EUR);
      const antwerpen = testDecided('11002', [120_000 * EUR]);
      expect(await commit(antwerpen)).toBe('refused');
      expect(await commit(antwerpen)).toBe('answered-already');
      expect(await budgeting.count('ledger_transaction')).toBe(0);
      expect(await budgeting.count('commitment')).toBe(0);
      expect((await budgeting.outbox<CommitmentRefusedV1>(commitmentRefusedV1.type)).map((event) => event.payload)).toEqual([
        {
          decisionId: antwerpen.decisionId,
          applicationId: antwerpen.applicationId,
          revision: 1,
          governmentCode: '11002',
          projectYear: 1,
          requestedDeltaCents: 120_000 * EUR,
          availableCents: 100_000 * EUR,
          reason: 'Het budget van projectjaar 1 volstaat niet: EUR 120.000,00 gevraagd, EUR 100.000,00 beschikbaar.',
        },
      ]);
      // ABB decides again, lower: a new decision id under revision 1.
      const again = testDecided('11002', [100_000 * EUR], { applicationId: antwerpen.applicationId });
      expect(await commit(again)).toBe('committed');
      expect(await budget()).toMatchObject({ committedCents: 100_000 * EUR, availableCents: 0 });
    });

    it('books the difference of an amendment, the reverse when it lowers the commitment, and ignores a late older revision', async () => {
      const first = testDecided('44021', [90_000 * EUR]);
      await commit(first);
      const raised = testDecided('44021', [120_000 * EUR], { applicationId: first.applicationId, revision: 2 });
      const lowered = testDecided('44021', [30_000 * EUR], { applicationId: first.applicationId, revision: 3 });
      expect(await commit(raised)).toBe('committed');
      expect(await commit(lowered)).toBe('committed');
      expect(await commit(testDecided('44021', [100 * EUR], { applicationId: first.applicationId, revision: 2 }))).toBe('superseded');

      expect(await budget()).toMatchObject({ committedCents: 30_000 * EUR, ledger: { balanced: true } });
      expect(await budgeting.query('SELECT kind FROM ledger_transaction ORDER BY booked_at')).toEqual([
        { kind: 'commitment' },
        { kind: 'commitment' },
        { kind: 'commitment-reduction' },
      ]);
      expect((await budgeting.outbox<SubsidyCommittedV2>(subsidyCommittedV2.type)).map((event) => event.payload.deltaCents)).toEqual([
        90_000 * EUR,
        30_000 * EUR,
        -90_000 * EUR,
      ]);
      expect(await budgeting.get(ListCommitmentsHandler).execute({ projectYear: 1 })).toEqual([
        expect.objectContaining({ revision: 3, committedCents: 30_000 * EUR }),
      ]);
    });

    it('lets exactly one of two concurrent decisions pass when together they would exceed the budget', async () => {
      await changeBudget(100_000 * EUR);
      for (let round = 0; round < 5; round += 1) {
        await budgeting.query('TRUNCATE ledger_entry, ledger_transaction, decision_answer, commitment, outbox');
        const outcomes = await Promise.all([commit(testDecided('44021', [60_000 * EUR])), commit(testDecided('11002', [60_000 * EUR]))]);
        expect(outcomes.sort()).toEqual(['committed', 'refused']);
        expect(await budget()).toMatchObject({ committedCents: 60_000 * EUR, ledger: { balanced: true } });
      }
    });

    it('refuses a decision that does not add up, leaving nothing behind', async () => {
      const broken = { ...testDecided('44021', [90_000 * EUR]), totalCents: 1 };
      await expect(commit(broken)).rejects.toThrow(RuleViolation);
      await expect(commit(broken)).rejects.toThrow(/totalCents: 1 is not linesCents \+ stimuliCents/);
      expect(await budgeting.count('decision_answer')).toBe(0);
      expect(await budgeting.count('outbox')).toBe(0);
    });
  });

  describe('changing the programme budget', () => {
    it('keeps the history and the audit trail, announces the change, and changes nothing for the same amount', async () => {
      const changed = await changeBudget(16_000_000 * EUR, 'Bijkomende middelen');
      expect(changed).toMatchObject({ budgetCents: 16_000_000 * EUR, source: 'abb', changed: true });
      expect((await changeBudget(16_000_000 * EUR, 'Nogmaals')).changed).toBe(false);
      expect(await budgeting.get(ListBudgetChangesHandler).execute({ projectYear: 1 })).toEqual([
        {
          projectYear: 1,
          previousCents: YEAR_1_BUDGET,
          budgetCents: 16_000_000 * EUR,
          reason: 'Bijkomende middelen',
          changedBy: 'abb-officer-1',
          changedAt: expect.any(String),
        },
      ]);
      expect(await budgeting.query('SELECT action, actor_subject, object_id FROM audit_log')).toEqual([
        { action: 'change-programme-budget', actor_subject: 'abb-officer-1', object_id: '1' },
      ]);
      expect((await budgeting.outbox(programmeBudgetChangedV1.type)).map((event) => [event.key, event.payload])).toEqual([
        ['1', { projectYear: 1, previousCents: YEAR_1_BUDGET, budgetCents: 16_000_000 * EUR, reason: 'Bijkomende middelen' }],
      ]);
      // Other years keep the catalogue's figure.
      expect(await budget(2)).toMatchObject({ budgetCents: 16_907_780 * EUR, source: 'catalogue' });
    });

    it('refuses a budget below what the year has committed, leaving nothing behind', async () => {
      await commit(testDecided('44021', [90_000 * EUR]));
      const before = await budgeting.count('outbox');
      await expect(changeBudget(89_999 * EUR)).rejects.toThrow(
        'budgetCents: 8999900 is below the 9000000 cents the year has committed already',
      );
      expect(await budgeting.count('budget_change')).toBe(0);
      expect(await budgeting.count('audit_log')).toBe(0);
      expect(await budgeting.count('outbox')).toBe(before);
      expect(await budget()).toMatchObject({ budgetCents: YEAR_1_BUDGET, source: 'catalogue' });
    });
  });
});
