import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  applicationDecidedV1,
  paymentDueV1,
  paymentReleasedV1,
  recoveryDecidedV1,
  recoveryProposedV1,
  reportReviewedV2,
  TOPICS,
  type EventEnvelope,
} from '#contracts';
import { eventually, request, startServiceUnderTest, testDecided, testEnvelope, type ServiceUnderTest } from '#testing';
import type { PaymentView } from '../src/application/list-payments/list-payments.handler.js';
import type { RecoveryView } from '../src/application/list-recoveries/list-recoveries.handler.js';
import { budgetingManifest } from '../src/budgeting.manifest.js';
import { testReviewed } from './money-payloads.js';

const EUR = 100;

/** From a decision over the broker to the advance, an accepted annual report to the balance and a confirmed recovery. */
describe('the money after a decision, on the real broker and database', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<object>[];
  let abb: string;
  let gent: string;

  beforeAll(async () => {
    service = await startServiceUnderTest({ manifest: budgetingManifest, label: 'budgeting_money' });
    announced = await service.tap<object>(TOPICS.budgeting);
    abb = await service.issuer.token({ role: 'abb' });
    gent = await service.issuer.token({ role: 'government', org: '44021' });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  const ofType = (type: string) => announced.filter((event) => event.type === type);
  const post = <T>(path: string, token: string | undefined, body: unknown = {}) => request<T>('POST', `${service.url}${path}`, token, body);
  const put = <T>(path: string, token: string | undefined, body: unknown) => request<T>('PUT', `${service.url}${path}`, token, body);
  const payments = async () => (await service.get<PaymentView[]>('/payments?projectYear=1&governmentCode=44021', gent)).body;

  it('pays the advance, the balance after the accepted annual report, and recovers what was not reached', async () => {
    const decided = testDecided('44021', [90_000 * EUR], { stimuliCents: 10_000 * EUR });
    await service.publish(testEnvelope(applicationDecidedV1, '44021', decided));
    const [advance, balance] = await eventually(async () => {
      const listed = await payments();
      expect(listed.map((payment) => payment.status)).toEqual(['due', 'scheduled']);
      return listed;
    });
    await eventually(() => expect(ofType(paymentDueV1.type)).toHaveLength(1));

    // Only ABB releases; a government may not, nor see another's payments.
    expect((await post(`/payments/${advance!.paymentId}/release`, gent)).status).toBe(403);
    expect((await service.get('/payments?projectYear=1&governmentCode=11002', gent)).status).toBe(403);
    expect((await service.get('/payments?projectYear=1', gent)).status).toBe(403);
    const released = await post<{ amountCents: number }[]>(`/payments/${advance!.paymentId}/release`, abb);
    expect(released.status).toBe(200);
    expect(released.body.map((payment) => payment.amountCents)).toEqual([50_000 * EUR]);
    expect((await post(`/payments/${advance!.paymentId}/release`, abb)).status).toBe(409);
    expect((await post(`/payments/${balance!.paymentId}/release`, abb)).status).toBe(409);
    expect((await post(`/payments/${randomUUID()}/release`, abb)).status).toBe(404);
    const badId = await post<{ problems: { field: string }[] }>('/payments/not-an-id/release', abb);
    expect([badId.status, badId.body.problems.map((problem) => problem.field)]).toEqual([400, ['paymentId']]);

    // Co-financing: the government declares itself; a shortfall is flagged.
    const declared = await put<{ status: string }>('/cofinancing/44021/1', gent, { declaredCents: 60_000 * EUR, source: 'Eigen middelen' });
    expect([declared.status, declared.body.status]).toEqual([200, 'shortfall']);
    expect((await put('/cofinancing/44021/1', abb, { declaredCents: 1, source: 'x' })).status).toBe(403);
    const fractional = await put<{ problems: { field: string }[] }>('/cofinancing/44021/1', gent, { declaredCents: 1.5, source: 'x' });
    expect([fractional.status, fractional.body.problems.map((problem) => problem.field)]).toEqual([400, ['declaredCents']]);

    // The annual report is accepted (twice on the topic): A05 reached 450 of the 900 more, without a motivation.
    const reviewed = testEnvelope(
      reportReviewedV2,
      '44021',
      testReviewed('44021', [{ indicatorCode: 'A05', approvedAdditionalReach: 900, target: 900, realised: 450, motivation: null }]),
    );
    await service.publish(reviewed, { ...reviewed, eventId: randomUUID() });
    await eventually(async () => expect((await payments()).map((payment) => payment.status)).toEqual(['released', 'due']));
    const released2 = await post<{ paymentId: string }[]>('/payments/release-due', abb, { projectYear: 1 });
    expect(released2.body.map((payment) => payment.paymentId)).toEqual([balance!.paymentId]);

    const [recovery, ...more] = await eventually(async () => {
      const listed = await service.get<RecoveryView[]>('/recoveries?projectYear=1&governmentCode=44021', gent);
      expect(listed.body).toHaveLength(1);
      return listed.body;
    });
    expect(more).toEqual([]);
    expect(recovery).toMatchObject({ indicatorCode: 'A05', proposedCents: 45_000 * EUR, status: 'proposed' });
    expect((await post(`/recoveries/${recovery!.recoveryId}/confirm`, gent)).status).toBe(403);
    const lower = await post<{ problems: { field: string }[] }>(`/recoveries/${recovery!.recoveryId}/confirm`, abb, {
      amountCents: 40_000 * EUR,
    });
    expect([lower.status, lower.body.problems.map((problem) => problem.field)]).toEqual([400, ['reason']]);
    const confirmed = await post<RecoveryView>(`/recoveries/${recovery!.recoveryId}/confirm`, abb, {
      amountCents: 40_000 * EUR,
      reason: 'Een deel is verklaard',
    });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', recoveredCents: 40_000 * EUR });

    await eventually(() => {
      expect(ofType(paymentReleasedV1.type).map((event) => event.key)).toEqual(['44021', '44021']);
      expect(ofType(recoveryProposedV1.type)).toHaveLength(1);
      expect(ofType(recoveryDecidedV1.type)).toEqual([
        expect.objectContaining({ key: '44021', payload: expect.objectContaining({ outcome: 'confirmed', recoveredCents: 40_000 * EUR }) }),
      ]);
    });
    const overview = await service.get<{ paidCents: number; recoveredCents: number; ledger: { balanced: boolean } }>(
      '/money/overview?projectYear=1',
      abb,
    );
    expect(overview.body).toMatchObject({ paidCents: 100_000 * EUR, recoveredCents: 40_000 * EUR, ledger: { balanced: true } });
    expect((await service.get('/money/overview?projectYear=1', gent)).status).toBe(403);
    expect((await service.get('/money/governments/11002/ledger?projectYear=1', gent)).status).toBe(403);
    const ownLedger = await service.get<{ transactions: unknown[] }>('/money/governments/44021/ledger?projectYear=1', gent);
    expect(ownLedger.body.transactions).toHaveLength(4);
    const csv = await fetch(`${service.url}/money/export?projectYear=1&level=government&format=csv&governmentCode=44021`, {
      headers: { authorization: `Bearer ${gent}` },
    });
    expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(
      (await fetch(`${service.url}/money/export?projectYear=1&level=action&format=csv`, { headers: { authorization: `Bearer ${gent}` } }))
        .status,
    ).toBe(403);
  }, 90_000);
});
