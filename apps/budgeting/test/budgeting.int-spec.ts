import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  allocationProposedV1,
  applicationDecidedV1,
  applicationSubmittedV1,
  callClosedV1,
  commitmentRefusedV1,
  subsidyCommittedV2,
  TOPICS,
  type AllocationProposedV1,
  type EventEnvelope,
} from '#contracts';
import {
  eventually,
  request,
  startServiceUnderTest,
  testCallClosed,
  testDecided,
  testEnvelope,
  testSubmission,
  type ServiceUnderTest,
} from '#testing';
import type { ChangedBudget } from '../src/application/change-budget/change-budget.handler.js';
import type { AllocationProposalView } from '../src/application/get-allocation-proposal/get-allocation-proposal.handler.js';
import type { BudgetView } from '../src/application/get-budget/get-budget.handler.js';
import type { CommitmentView } from '../src/application/list-commitments/list-commitments.handler.js';
import { budgetingManifest } from '../src/budgeting.manifest.js';

const EUR = 100;

describe('budgeting on the real broker and database', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<object>[];
  let abb: string;
  let gent: string;
  const callId = randomUUID();

  beforeAll(async () => {
    service = await startServiceUnderTest({ manifest: budgetingManifest, label: 'budgeting' });
    announced = await service.tap<object>(TOPICS.budgeting);
    abb = await service.issuer.token({ role: 'abb' });
    gent = await service.issuer.token({ role: 'government', org: '44021' });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  const ofType = <P>(type: string) => announced.filter((event) => event.type === type) as EventEnvelope<P>[];
  const put = <T>(path: string, token: string | undefined, body: unknown) => request<T>('PUT', `${service.url}${path}`, token, body);

  it('lets ABB set a tight budget; refuses bad changes with the field named, and other roles', async () => {
    const changed = await put<ChangedBudget>('/budgets/1', abb, { budgetCents: 200_000 * EUR, reason: 'Krap budget voor de test' });
    expect(changed).toEqual({
      status: 200,
      body: {
        projectYear: 1,
        budgetCents: 200_000 * EUR,
        source: 'abb',
        committedCents: 0,
        availableCents: 200_000 * EUR,
        ledger: { debitCents: 0, creditCents: 0, balanced: true },
        changed: true,
      },
    });
    const refused = [
      await put<{ problems: { field: string }[] }>('/budgets/1', abb, { budgetCents: -1, reason: 'x' }),
      await put<{ problems: { field: string }[] }>('/budgets/1', abb, { budgetCents: '100', reason: 'x' }),
      await put<{ problems: { field: string }[] }>('/budgets/1', abb, { budgetCents: 100 }),
      await put<{ problems: { field: string }[] }>('/budgets/9', abb, { budgetCents: 100, reason: 'x' }),
    ];
    // Each broken constraint is a problem of its own; the fields named are what matters here.
    const fields = (problems: { field: string }[]) => [...new Set(problems.map((problem) => problem.field))];
    expect(refused.map((answer) => [answer.status, fields(answer.body.problems)])).toEqual([
      [400, ['budgetCents']],
      [400, ['budgetCents']],
      [400, ['reason']],
      [400, ['projectYear']],
    ]);
    expect((await put('/budgets/1', gent, { budgetCents: 100, reason: 'x' })).status).toBe(403);
    expect((await put('/budgets/1', undefined, { budgetCents: 100, reason: 'x' })).status).toBe(401);
    const history = await service.get<{ budgetCents: number }[]>('/budgets/1/changes', abb);
    expect(history.body.map((change) => change.budgetCents)).toEqual([200_000 * EUR]);
  });

  it('proposes the allocation of a closed call once every submission arrived, whatever the order of arrival', async () => {
    const gentApplication = testSubmission(callId, '44021', [{ indicatorCode: 'A05', additionalReach: 1500, priority: 1 }], {
      mentorshipOn: 5,
    });
    const antwerpen = testSubmission(
      callId,
      '11002',
      [
        { indicatorCode: 'A05', additionalReach: 1000, priority: 1 },
        { indicatorCode: 'A06', additionalReach: 2000, priority: 2 },
      ],
      { submittedAt: '2022-07-02T10:00:00.000Z' },
    );
    const closed = testEnvelope(callClosedV1, callId, testCallClosed(callId, [gentApplication, antwerpen]));
    const antwerpenSubmitted = testEnvelope(applicationSubmittedV1, '11002', antwerpen);
    // The closing first, a submission twice.
    await service.publish(
      closed,
      testEnvelope(applicationSubmittedV1, '44021', gentApplication),
      antwerpenSubmitted,
      antwerpenSubmitted,
      closed,
    );
    const proposal = await eventually(async () => {
      const answer = await service.get<AllocationProposalView>(`/proposals/${callId}`, abb);
      expect(answer.status).toBe(200);
      return answer.body;
    });
    // 200,000 available: the mentorship (10,000), both priority-1 lines (90,000 + 60,000), then of Antwerpen's A06 the
    // whole KPIs the remaining 40,000 pays for at EUR 60: 666.
    expect(proposal).toMatchObject({
      callId,
      availableCents: 200_000 * EUR,
      stimuliCents: 10_000 * EUR,
      linesCents: (150_000 + 666 * 60) * EUR,
    });
    expect(
      proposal.applications.flatMap((application) =>
        application.lines.map((line) => [line.indicatorCode, line.outcome, line.proposedAdditionalReach]),
      ),
    ).toEqual([
      ['A05', 'full', 1500],
      ['A05', 'full', 1000],
      ['A06', 'partial', 666],
    ]);
    await eventually(() => expect(ofType<AllocationProposedV1>(allocationProposedV1.type)).toHaveLength(1));
    expect(ofType<AllocationProposedV1>(allocationProposedV1.type)[0]).toMatchObject({
      key: callId,
      producer: 'budgeting',
      payload: { proposalId: proposal.proposalId },
    });
    expect((await service.get(`/proposals/${randomUUID()}`, abb)).status).toBe(404);
    expect((await service.get('/proposals/not-a-call', abb)).status).toBe(404);
    expect((await service.get(`/proposals/${callId}`, gent)).status).toBe(403);
  });

  it('commits decisions once each within the budget, refuses what does not fit, and dead-letters an inconsistent one', async () => {
    const first = testDecided('44021', [90_000 * EUR], { stimuliCents: 10_000 * EUR });
    const decided = testEnvelope(applicationDecidedV1, '44021', first);
    // More than the whole budget: refused whichever partition is consumed first.
    const tooMuch = testDecided('11002', [250_000 * EUR]);
    const inconsistent = testEnvelope(applicationDecidedV1, '44021', { ...testDecided('44021', [10_000 * EUR]), totalCents: 1 });
    // Same key as the first, so the same partition: once its effect shows, everything before it was handled.
    const sentinel = testDecided('44021', [20_000 * EUR]);
    await service.publish(
      decided,
      decided,
      // The same decision under a new event id (a replay): recognised by its decision id.
      { ...decided, eventId: randomUUID() },
      testEnvelope(applicationDecidedV1, '11002', tooMuch),
      inconsistent,
      testEnvelope(applicationDecidedV1, '44021', sentinel),
    );
    await eventually(async () => {
      const commitments = await service.get<CommitmentView[]>('/commitments?projectYear=1', abb);
      expect(commitments.body.map((commitment) => commitment.applicationId).sort()).toEqual(
        [first.applicationId, sentinel.applicationId].sort(),
      );
    });
    await eventually(() => {
      expect(ofType(subsidyCommittedV2.type).map((event) => (event.payload as { decisionId: string }).decisionId)).toEqual([
        first.decisionId,
        sentinel.decisionId,
      ]);
      expect(ofType(commitmentRefusedV1.type)).toEqual([
        expect.objectContaining({
          key: '11002',
          payload: expect.objectContaining({ decisionId: tooMuch.decisionId, requestedDeltaCents: 250_000 * EUR }),
        }),
      ]);
    });
    expect(ofType(subsidyCommittedV2.type)[0]).toMatchObject({ correlationId: decided.correlationId, causationId: decided.eventId });
    const budget = await service.get<BudgetView>('/budget?projectYear=1', abb);
    expect(budget.body).toMatchObject({
      budgetCents: 200_000 * EUR,
      committedCents: 120_000 * EUR,
      availableCents: 80_000 * EUR,
      ledger: { balanced: true },
    });
    expect(await service.deadLetterCount('budgeting')).toBe(1);
    // Lowering the budget below what is committed is refused.
    const tooLow = await put<{ detail: string }>('/budgets/1', abb, { budgetCents: 119_999 * EUR, reason: 'Besparing' });
    expect(tooLow.status).toBe(400);
    expect(tooLow.body.detail).toContain('below the 12000000 cents the year has committed already');
  }, 60_000);

  it('lets a government see only its own commitments, and only ABB the budget', async () => {
    const own = await service.get<CommitmentView[]>('/commitments?projectYear=1&governmentCode=44021', gent);
    expect(own.status).toBe(200);
    expect(own.body.every((commitment) => commitment.governmentCode === '44021')).toBe(true);
    expect(own.body).toHaveLength(2);
    expect((await service.get('/commitments?projectYear=1', gent)).status).toBe(403);
    expect((await service.get('/commitments?projectYear=1&governmentCode=11002', gent)).status).toBe(403);
    expect((await service.get('/budget?projectYear=1', gent)).status).toBe(403);
    expect((await service.get('/budgets/1/changes', gent)).status).toBe(403);
    expect((await service.get('/commitments?projectYear=1')).status).toBe(401);
    const badYear = await service.get<{ message: string }>('/commitments?projectYear=seven', abb);
    expect(badYear.status).toBe(400);
    expect(badYear.body.message).toContain('projectYear');
    const badCode = await service.get<{ message: string }>('/commitments?projectYear=1&governmentCode=Gent', abb);
    expect(badCode.status).toBe(400);
    expect(badCode.body.message).toContain('governmentCode');
  });
});
