import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  governmentRegisteredV1,
  subsidyCommittedV1,
  targetsCommittedV2,
  TOPICS,
  type EventEnvelope,
  type SubsidyCommittedV1,
} from '#contracts';
import { decidedLine, eventually, startServiceUnderTest, testDecision, testEnvelope, type ServiceUnderTest } from '#testing';
import { budgetingManifest } from '../src/budgeting.manifest.js';
import type { CommitmentView as Commitment } from '../src/application/list-commitments/list-commitments.handler.js';

describe('budgeting on the real broker and database', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<SubsidyCommittedV1>[];
  let abb: string;
  let gent: string;

  beforeAll(async () => {
    service = await startServiceUnderTest({ manifest: budgetingManifest, label: 'budgeting' });
    announced = await service.tap<SubsidyCommittedV1>(TOPICS.budgeting);
    abb = await service.issuer.token({ role: 'abb' });
    gent = await service.issuer.token({ role: 'government', org: '44021' });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  const first = randomUUID();
  const poison = randomUUID();
  const later = randomUUID();

  it('commits a decision once, however often it arrives, with a balanced ledger and one subsidy-committed', async () => {
    const registered = testEnvelope(governmentRegisteredV1, '44021', governmentRegisteredV1.example);
    const decided = testEnvelope(
      targetsCommittedV2,
      '44021',
      testDecision(
        '44021',
        1,
        [decidedLine('A05', { currentReach: 500, approvedAdditionalReach: 1500, subsidisedReach: 1500, eurPerKpi: 60 })],
        first,
      ),
    );
    // The same event delivered twice, then the same decision under a new event id (e.g. a replay).
    const replayed = { ...decided, eventId: randomUUID() };
    // A decision whose lines do not add up to its total: dead-lettered, and what follows keeps flowing.
    const unpriceable = testEnvelope(targetsCommittedV2, '44021', {
      ...testDecision(
        '44021',
        1,
        [decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 10, subsidisedReach: 10, eurPerKpi: 60 })],
        poison,
      ),
      amountEur: 1,
    });
    // Same key, so same partition: once its effect shows, everything before it was handled.
    // Priced by the decision at a rate of 65 per KPI (as under a later catalogue), above the cap only the cap.
    const sentinel = testEnvelope(
      targetsCommittedV2,
      '44021',
      testDecision(
        '44021',
        2,
        [decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 3000, subsidisedReach: 2250, eurPerKpi: 65 })],
        later,
      ),
    );
    await service.publish(registered, decided, decided, replayed, unpriceable, sentinel);

    const committed = await eventually(async () => {
      const year2 = await service.get<Commitment[]>('/commitments?projectYear=2', abb);
      expect(year2.body).toHaveLength(1);
      return year2.body[0]!;
    });
    // Committed as the decision priced it, never re-priced from budgeting's own copy of the catalogue (60 per KPI).
    expect(committed).toMatchObject({
      applicationId: later,
      amountEur: 2250 * 65,
      lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 3000, subsidisedReach: 2250, eurPerKpi: 65, amountEur: 146_250 }],
    });

    const year1 = await service.get<Commitment[]>('/commitments?projectYear=1', abb);
    expect(year1.status).toBe(200);
    expect(year1.body).toEqual([
      {
        applicationId: first,
        governmentCode: '44021',
        projectYear: 1,
        amountEur: 90_000,
        lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1500, subsidisedReach: 1500, eurPerKpi: 60, amountEur: 90_000 }],
        committedAt: expect.any(String),
      },
    ]);

    const budget = await service.get<Record<string, unknown>>('/budget?projectYear=1', abb);
    expect(budget).toEqual({
      status: 200,
      body: {
        projectYear: 1,
        programmeBudgetEur: 14_136_359,
        committedEur: 90_000,
        remainingEur: 14_136_359 - 90_000,
        overCommitted: false,
        ledger: { debitEur: 90_000, creditEur: 90_000, balanced: true },
      },
    });

    // The relay publishes in outbox order per key: once the later commitment is announced, so is the first, exactly once.
    await eventually(() => expect(announced.map((event) => event.payload.applicationId)).toContain(later));
    const forFirst = announced.filter((event) => event.payload.applicationId === first);
    expect(forFirst).toHaveLength(1);
    expect(forFirst[0]).toMatchObject({
      type: subsidyCommittedV1.type,
      version: 1,
      producer: 'budgeting',
      key: '44021',
      correlationId: decided.correlationId,
      causationId: decided.eventId,
      payload: {
        applicationId: first,
        governmentCode: '44021',
        projectYear: 1,
        amountEur: 90_000,
        lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1500, eurPerKpi: 60, amountEur: 90_000 }],
      },
    });
    expect(announced.filter((event) => event.payload.applicationId === poison)).toEqual([]);
    // Only the inconsistent decision was dead-lettered; government-registered was ignored on purpose.
    expect(await service.deadLetterCount('budgeting')).toBe(1);
  }, 60_000);

  it('lets a government see only its own commitments, and ABB the budget', async () => {
    const own = await service.get<Commitment[]>('/commitments?projectYear=1&governmentCode=44021', gent);
    expect(own.status).toBe(200);
    expect(own.body.map((commitment) => commitment.applicationId)).toEqual([first]);
    expect((await service.get('/commitments?projectYear=1', gent)).status).toBe(403);
    const antwerpen = await service.get<{ message: string }>('/commitments?projectYear=1&governmentCode=11002', gent);
    expect(antwerpen.status).toBe(403);
    expect((await service.get('/budget?projectYear=1', gent)).status).toBe(403);
    expect((await service.get('/commitments?projectYear=1')).status).toBe(401);
    const badYear = await service.get<{ message: string }>('/commitments?projectYear=seven', abb);
    expect(badYear.status).toBe(400);
    expect(badYear.body.message).toContain('projectYear');
    const badCode = await service.get<{ message: string }>('/commitments?projectYear=1&governmentCode=Gent', abb);
    expect(badCode.status).toBe(400);
    expect(badCode.body.message).toContain('governmentCode');
  });
});
