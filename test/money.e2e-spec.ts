import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { awardThroughCall, eventually, prepareGovernment, request } from '#testing';
import { readMailFolder } from './support/mail-folder.js';
import { startPlatformUnderTest, type PlatformUnderTest } from './support/platform-under-test.js';

interface Payment {
  paymentId: string;
  label: string;
  status: string;
  amountCents: number;
}
interface Recovery {
  recoveryId: string;
  indicatorCode: string;
  proposedCents: number;
  status: string;
}

const GENT_MAIL = 'samenleven@gent.example';

/**
 * The money after a decision through the real broker, all five services and the SMTP sink: Gent's decision makes the
 * advance due and ABB pays it; its annual report below target, whose motivation ABB does not accept, makes the balance
 * due and a recovery proposed (reporting's report-reviewed v2 read by budgeting); ABB confirms a lower amount; Gent
 * hears of each payment, the proposal and the confirmed recovery by e-mail, once each.
 */
describe('the money after a decision, end to end', () => {
  let platform: PlatformUnderTest;
  let abb: string;
  let gent: string;

  const budgeting = (path: string) => `${platform.urls.budgeting}${path}`;
  const payments = async (): Promise<Payment[]> =>
    (await request<Payment[]>('GET', budgeting('/payments?projectYear=1&governmentCode=44021'), gent)).body;
  const mailsWith = async (subject: RegExp) =>
    (await readMailFolder(platform.mailDir)).filter((mail) => mail.to === GENT_MAIL && subject.test(mail.subject));

  beforeAll(async () => {
    platform = await startPlatformUnderTest('money');
    abb = await platform.issuer.token({ role: 'abb' });
    gent = await platform.issuer.token({ role: 'government', org: '44021' });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('pays the advance after the decision', async () => {
    await prepareGovernment(platform.urls, abb, '44021', { nonEuOriginInhabitants: 60_000, contactEmail: GENT_MAIL });
    platform.setProgrammeClock(new Date('2022-06-15T09:00:00Z'));
    await awardThroughCall(platform.urls, abb, { projectYear: 1, opensAt: '2022-06-01T00:00:00Z', closesAt: '2022-07-15T22:00:00Z' }, [
      { governmentCode: '44021', token: gent, lines: [{ indicatorCode: 'A05', currentReach: 500, additionalReach: 1500, priority: 1 }] },
    ]);
    // 1,500 additional participants at EUR 60: EUR 90,000, half of it after the decision.
    const [advance] = await eventually(async () => {
      const listed = await payments();
      expect(listed.map((payment) => [payment.status, payment.amountCents])).toEqual([
        ['due', 4_500_000],
        ['scheduled', 4_500_000],
      ]);
      return listed;
    });
    const released = await request('POST', budgeting(`/payments/${advance!.paymentId}/release`), abb, {});
    expect(released.status).toBe(200);
    expect((await request('POST', budgeting(`/payments/${advance!.paymentId}/release`), abb, {})).status).toBe(409);
    await eventually(async () => expect(await mailsWith(/uitbetaald/)).toHaveLength(1));
    // The decision itself, once its budget is committed: the award with its target and amount.
    const [award] = await eventually(async () => {
      const awards = await mailsWith(/is toegekend/);
      expect(awards).toHaveLength(1);
      return awards;
    });
    expect(award!.subject).toBe('Plan Samenleven: uw subsidie voor projectjaar 1 is toegekend (EUR 90.000,00)');
    expect(award!.text).toContain('goedgekeurd bijkomend bereik 1.500), EUR 90.000,00');
  });

  it('makes the balance due and proposes recovery when ABB accepts an annual report below target, not its motivation', async () => {
    const moved = await request('POST', `${platform.urls.applications}/programme-clock`, abb, { to: '2023-10-02T08:00:00.000Z' });
    expect(moved.status).toBe(200);
    const submitted = await eventually(async () => {
      const answer = await request<{ reportId: string }>('POST', `${platform.urls.reporting}/reports`, gent, {
        governmentCode: '44021',
        periodCode: 'PJ1-ANNUAL',
        results: [{ indicatorCode: 'A05', achieved: 1400, motivation: 'Twee lessenreeksen vielen weg door de verbouwing.' }],
      });
      expect(answer.status).toBe(201);
      return answer.body;
    });
    const reviewed = await request('POST', `${platform.urls.reporting}/reports/${submitted.reportId}/review`, abb, {
      outcome: 'accepted',
      comments: [],
      motivationsNotAccepted: ['A05'],
    });
    expect(reviewed.status).toBe(201);

    await eventually(async () => expect((await payments()).map((payment) => payment.status)).toEqual(['released', 'due']));
    // 900 of the 1,500 additional participants reached: 40% of EUR 90,000 to recover.
    const [recovery] = await eventually(async () => {
      const listed = await request<Recovery[]>('GET', budgeting('/recoveries?projectYear=1&status=proposed'), abb);
      expect(listed.body.map(({ indicatorCode, proposedCents, status }) => ({ indicatorCode, proposedCents, status }))).toEqual([
        { indicatorCode: 'A05', proposedCents: 3_600_000, status: 'proposed' },
      ]);
      return listed.body;
    });
    await eventually(async () => expect(await mailsWith(/voorstel tot terugvordering voor A05/)).toHaveLength(1));

    const paid = await request<Payment[]>('POST', budgeting('/payments/release-due'), abb, { projectYear: 1 });
    expect([paid.status, paid.body.map((payment) => payment.amountCents)]).toEqual([200, [4_500_000]]);
    const confirmed = await request('POST', budgeting(`/recoveries/${recovery!.recoveryId}/confirm`), abb, {
      amountCents: 3_000_000,
      reason: 'Een deel van de uitval is verklaard',
    });
    expect(confirmed.status).toBe(200);
    expect((await request('POST', budgeting(`/recoveries/${recovery!.recoveryId}/waive`), abb, { reason: 'toch niet' })).status).toBe(409);

    await eventually(async () => {
      expect(await mailsWith(/terugvordering van .* voor A05/)).toHaveLength(1);
      expect(await mailsWith(/uitbetaald/)).toHaveLength(2);
    });
    const overview = await request<{ paidCents: number; recoveredCents: number; ledger: { balanced: boolean } }>(
      'GET',
      budgeting('/money/overview?projectYear=1'),
      abb,
    );
    expect(overview.body).toMatchObject({ paidCents: 9_000_000, recoveredCents: 3_000_000, ledger: { balanced: true } });
    // Each message once, also after the events travelled through every consumer.
    expect(await mailsWith(/voorstel tot terugvordering/)).toHaveLength(1);
  });
});
