import type { DemoClient } from './demo-client.js';
import type { DemoPlan } from './demo-plan.js';

interface Payment {
  paymentId: string;
  governmentCode: string;
  status: string;
  amountCents: number;
}

interface Cofinancing {
  governmentCode: string;
  obligationCents: number;
  status: 'covered' | 'shortfall' | 'not-declared';
}

interface Recovery {
  recoveryId: string;
  governmentCode: string;
  indicatorCode: string;
  proposedCents: number;
  status: string;
}

const euro = (cents: number): string => `EUR ${(cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;

/** ABB releases every due payment of year 1 once `count` are due (a payment released already is not due again). */
const releaseDue = async (demo: DemoClient, what: string, count: number): Promise<void> => {
  const abb = await demo.abb();
  const due = await demo
    .until(
      `${count} ${what} payments due`,
      async () => {
        const listed = await demo.get<Payment[]>('budgeting', '/payments?projectYear=1&status=due');
        return listed.length >= count ? listed : undefined;
      },
      60_000,
    )
    .catch(async () => demo.get<Payment[]>('budgeting', '/payments?projectYear=1&status=due'));
  if (due.length === 0) return;
  const released = await demo.call<Payment[]>('budgeting', 'POST', '/payments/release-due', abb, { projectYear: 1 }, [200, 409]);
  const paid = released.status === 200 ? released.body : [];
  demo.say(`payments: ABB released ${paid.length} ${what} payments, ${euro(paid.reduce((sum, payment) => sum + payment.amountCents, 0))}`);
};

/** After the decisions: the advances (50%) paid, and every government declares its co-financing (a few short, a few not). */
export const runAdvancesAndCofinancing = async (demo: DemoClient, plan: DemoPlan): Promise<void> => {
  await demo.moveClockTo('2022-09-15T08:00:00Z', 'advances and co-financing');
  const released = await demo.get<Payment[]>('budgeting', '/payments?projectYear=1&status=released');
  if (released.length === 0) await releaseDue(demo, 'advance', plan.applicants.length);
  const declared = await demo.get<Cofinancing[]>('budgeting', '/cofinancing?projectYear=1');
  const obligations = new Map(declared.map((row) => [row.governmentCode, row]));
  let count = 0;
  await demo.forEach(plan.applicants, async (applicant) => {
    const row = obligations.get(applicant.governmentCode);
    if (row === undefined || row.status !== 'not-declared' || applicant.cofinancing === 'none') return;
    const seed = [...applicant.governmentCode].reduce((sum, char) => sum + char.charCodeAt(0), 0);
    // Whole euros: exactly the obligation for Oostende (as published), a little more for most, 80% for a shortfall.
    const share = applicant.cofinancing === 'shortfall' ? 0.8 : applicant.name === 'Oostende' ? 1 : 1 + (seed % 25) / 100;
    const declaredCents = Math.ceil((row.obligationCents * share) / 100) * 100;
    await demo.call(
      'budgeting',
      'PUT',
      `/cofinancing/${applicant.governmentCode}/1`,
      await demo.government(applicant.governmentCode),
      { declaredCents, source: `Eigen middelen ${applicant.name}, budget Samenleven 2022-2023` },
      [200],
    );
    count++;
  });
  if (count > 0) demo.say(`co-financing: ${count} declarations (a few below the obligation: shortfall notices follow)`);
};

/** After the annual reviews: the balances paid, and ABB confirms the one proposed recovery at a lower amount. */
export const runBalancesAndRecovery = async (demo: DemoClient, plan: DemoPlan, accepted: number): Promise<void> => {
  const abb = await demo.abb();
  const recoveries = await demo.until(
    `the recovery proposed to ${plan.recoveryCode}`,
    async () => {
      const listed = await demo.get<Recovery[]>('budgeting', `/recoveries?projectYear=1&governmentCode=${plan.recoveryCode}`);
      return listed.length > 0 ? listed : undefined;
    },
    60_000,
  );
  await releaseDue(demo, 'balance', accepted);
  for (const recovery of recoveries.filter((candidate) => candidate.status === 'proposed')) {
    const amountCents = Math.floor((recovery.proposedCents * 0.8) / 100) * 100;
    await demo.call(
      'budgeting',
      'POST',
      `/recoveries/${recovery.recoveryId}/confirm`,
      abb,
      { amountCents, reason: 'Een deel van de achterstand is verklaard door de late start van de werking.' },
      [200],
    );
    demo.say(
      `recovery: ${euro(recovery.proposedCents)} proposed on ${recovery.indicatorCode} of ${plan.recoveryCode}; ` +
        `ABB confirmed ${euro(amountCents)}`,
    );
  }
};
