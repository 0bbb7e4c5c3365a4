import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  applicationBody,
  applyTo,
  awaitDecided,
  closeCallAndAwaitProposal,
  eventually,
  openCall,
  prepareGovernment,
  request,
  type Applicant,
} from '#testing';
import { startPlatformUnderTest, type PlatformUnderTest } from './support/platform-under-test.js';

interface ProposedLine {
  indicatorCode: string;
  priority: number | null;
  requestedAdditionalReach: number;
  proposedAdditionalReach: number;
  proposedCents: number;
  outcome: 'full' | 'partial' | 'none';
  reason: string;
}

interface Proposal {
  availableCents: number;
  linesCents: number;
  stimuliCents: number;
  applications: { applicationId: string; governmentCode: string; lines: ProposedLine[]; linesCents: number; stimuliCents: number }[];
}

interface Problem {
  field: string;
  message: string;
}

const EUR = 100;

/**
 * Issue 8's flow through all five services on the real broker and databases: a call opens, three governments (one
 * a group's lead) apply, a bad submission is refused with every problem named, the call closes, budgeting proposes
 * within a tight budget, ABB decides as proposed with one line lowered, and the decisions reach reporting (targets,
 * expected returns), budgeting (commitments) and mentorships (a learning network).
 */
describe('from call to decision', () => {
  let platform: PlatformUnderTest;
  let abb: string;
  const tokens: Record<string, string> = {};
  const applicants: Record<string, Applicant> = {};
  let callId: string;
  const applicationIds: Record<string, string> = {};
  let proposal: Proposal;

  beforeAll(async () => {
    platform = await startPlatformUnderTest('call_to_decision');
    // The call of project year 1 ran in the summer of 2022.
    platform.setProgrammeClock(new Date('2022-06-15T09:00:00Z'));
    abb = await platform.issuer.token({ role: 'abb' });
    for (const code of ['44021', '11002', '12025', '41002', '41011', '41018'])
      tokens[code] = await platform.issuer.token({ role: 'government', org: code });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('prepares the register, a group and a tight budget', async () => {
    // Counts of inhabitants of non-EU origin are not shipped (no public source in the repository): ABB records them.
    for (const [code, count] of [
      ['44021', 60_000],
      ['11002', 150_000],
      ['12025', 15_000],
      ['41002', 5_000],
      ['41011', 2_000],
      ['41018', 1_200],
    ] as const)
      await prepareGovernment(platform.urls, abb, code, { nonEuOriginInhabitants: count, contactEmail: `samenleven@${code}.example` });
    const group = await request<{ groupCode: string }>('POST', `${platform.urls.applications}/groups`, abb, {
      projectYear: 1,
      name: 'Denderstreek',
      referenceRegion: 'Dender',
      leadCode: '41002',
      memberCodes: ['41002', '41011', '41018'],
    });
    expect(group.status).toBe(201);
    expect(group.body.groupCode).toBe('GROUP-DENDERSTREEK');

    const budget = await request('PUT', `${platform.urls.budgeting}/budgets/1`, abb, {
      budgetCents: 350_000 * EUR,
      reason: 'Krap budget voor de end-to-endtest',
    });
    expect(budget.status).toBe(200);
  });

  it('opens a call and takes three applications, one from a group lead', async () => {
    callId = await openCall(platform.urls, abb, { projectYear: 1, opensAt: '2022-06-01T00:00:00Z', closesAt: '2022-07-15T22:00:00Z' });
    applicants.gent = {
      governmentCode: '44021',
      token: tokens['44021']!,
      lines: [
        { indicatorCode: 'A05', currentReach: 500, additionalReach: 1500, priority: 1 },
        { indicatorCode: 'A02', currentReach: 0, additionalReach: 1, priority: 2 },
      ],
      mentorships: [{ actionNumber: 5, motivation: 'Gent begeleidt al jaren oefenkansen Nederlands.' }],
    };
    applicants.antwerpen = {
      governmentCode: '11002',
      token: tokens['11002']!,
      lines: [
        { indicatorCode: 'A05', currentReach: 1000, additionalReach: 2250, priority: 1 },
        { indicatorCode: 'A07', currentReach: 20, additionalReach: 150, priority: 2 },
      ],
    };
    applicants.dender = {
      governmentCode: '41002',
      groupCode: 'GROUP-DENDERSTREEK',
      token: tokens['41002']!,
      lines: [
        { indicatorCode: 'A05', currentReach: 0, additionalReach: 1000, priority: 1 },
        { indicatorCode: 'A14', currentReach: 10, additionalReach: 100, priority: 2 },
      ],
    };
    for (const [name, applicant] of Object.entries(applicants)) applicationIds[name] = await applyTo(platform.urls, callId, applicant);

    // The requested subsidy is computed in cents and shown on the application.
    const gent = await request<{ status: string; requested: { linesCents: number; stimuliCents: number } }>(
      'GET',
      `${platform.urls.applications}/applications/${applicationIds.gent}`,
      tokens['44021'],
    );
    expect(gent.body.status).toBe('submitted');
    expect(gent.body.requested).toMatchObject({ linesCents: (1500 * 60 + 25_000) * EUR, stimuliCents: 10_000 * EUR });
    // Another government cannot read it, not even by its id.
    expect((await request('GET', `${platform.urls.applications}/applications/${applicationIds.gent}`, tokens['11002'])).status).toBe(404);
    // A member of the group cannot apply on its own.
    const member = await request('POST', `${platform.urls.applications}/applications`, tokens['41011'], {
      callId,
      governmentCode: '41011',
    });
    expect(member.status).toBe(400);
  });

  it('refuses a bad submission with every problem at once, and leaves the draft as it was', async () => {
    const mechelen: Applicant = {
      governmentCode: '12025',
      token: tokens['12025']!,
      lines: [
        { indicatorCode: 'A23', currentReach: 0, additionalReach: 10, priority: 1 },
        { indicatorCode: 'A05', currentReach: 0, additionalReach: 3000, priority: 1 },
        { indicatorCode: 'A07', currentReach: 0, additionalReach: 200, priority: 3 },
      ],
      mentorships: [{ actionNumber: 9, motivation: 'Mechelen mentort op actie 9.' }],
      iban: 'BE00123456789012',
    };
    const draft = await request<{ id: string }>('POST', `${platform.urls.applications}/applications`, mechelen.token, {
      callId,
      governmentCode: '12025',
    });
    expect(draft.status).toBe(201);
    const saved = await request(
      'PUT',
      `${platform.urls.applications}/applications/${draft.body.id}`,
      mechelen.token,
      applicationBody(mechelen),
    );
    expect(saved.status).toBe(200);
    const before = await request('GET', `${platform.urls.applications}/applications/${draft.body.id}`, mechelen.token);

    const refused = await request<{ problems: Problem[] }>(
      'POST',
      `${platform.urls.applications}/applications/${draft.body.id}/submit`,
      mechelen.token,
    );
    expect(refused.status).toBe(400);
    const fields = refused.body.problems.map((problem) => problem.field);
    // Action 23 is only subsidised from project year 2; 3,000 is above A05's cap of 2,250 and 200 above A07's 150;
    // priorities 1, 1, 3 are not distinct 1..3; action 9 is not applied for; the IBAN's check digits are wrong.
    expect(fields).toEqual(
      expect.arrayContaining([
        'lines[0].indicatorCode',
        'lines[1].additionalReach',
        'lines[2].additionalReach',
        expect.stringMatching(/priority/),
        'stimuli.mentorships[0].actionNumber',
        'iban',
      ]),
    );
    const after = await request('GET', `${platform.urls.applications}/applications/${draft.body.id}`, mechelen.token);
    expect(after.body).toEqual(before.body);
  });

  it('closes the call; budgeting proposes within the tight budget, by priority, line by line', async () => {
    proposal = await closeCallAndAwaitProposal<Proposal>(platform.urls, abb, callId);
    expect(proposal.applications.map((application) => application.applicationId).sort()).toEqual(Object.values(applicationIds).sort());
    expect(proposal.linesCents + proposal.stimuliCents).toBeLessThanOrEqual(350_000 * EUR);
    const lines = proposal.applications.flatMap((application) => application.lines);
    // All priority-1 lines fit (285,000 of 340,000 after the mentorship); the priority-2 lines (143,500) do not all fit.
    expect(lines.filter((line) => line.priority === 1).map((line) => line.outcome)).toEqual(['full', 'full', 'full']);
    expect(lines.filter((line) => line.priority === 2).some((line) => line.outcome !== 'full')).toBe(true);
    for (const line of lines) expect(line.reason.length).toBeGreaterThan(0);
    for (const application of proposal.applications)
      expect(application.linesCents).toBe(application.lines.reduce((sum, line) => sum + line.proposedCents, 0));
  });

  it('lets ABB lower one line and decide the rest as proposed; the decisions reach every service', async () => {
    const antwerpen = proposal.applications.find((application) => application.governmentCode === '11002')!;
    const lowered = await request('POST', `${platform.urls.applications}/applications/${applicationIds.antwerpen}/decision`, abb, {
      lines: antwerpen.lines.map((line) =>
        line.indicatorCode === 'A05'
          ? { indicatorCode: 'A05', approvedAdditionalReach: 2000, reason: 'Realistischer bereik na het gesprek met de stad' }
          : { indicatorCode: line.indicatorCode, approvedAdditionalReach: line.proposedAdditionalReach },
      ),
      stimuli: [],
    });
    expect(lowered.status).toBe(202);
    const asProposed = await request<{ decided: string[] }>(
      'POST',
      `${platform.urls.applications}/calls/${callId}/decide-as-proposed`,
      abb,
      {},
    );
    expect(asProposed.status).toBe(202);
    expect(asProposed.body.decided.sort()).toEqual([applicationIds.gent, applicationIds.dender].sort());

    const decisions = await awaitDecided(platform.urls, abb, [applicationIds.gent!, applicationIds.antwerpen!, applicationIds.dender!]);
    const antwerpenA05 = decisions[1]!.lines.find((line) => line.indicatorCode === 'A05')!;
    expect(antwerpenA05).toMatchObject({ approvedAdditionalReach: 2000, amountCents: 2000 * 60 * EUR });

    // reporting: Antwerpen's A05 target is current + approved reach, with an interim and an annual return.
    await eventually(async () => {
      const targets = await request<{ indicatorCode: string; target: number }[]>(
        'GET',
        `${platform.urls.reporting}/targets?governmentCode=11002&projectYear=1`,
        abb,
      );
      expect(targets.body).toEqual(expect.arrayContaining([expect.objectContaining({ indicatorCode: 'A05', target: 1000 + 2000 })]));
      const returns = await request<{ periodCode: string; due: string }[]>(
        'GET',
        `${platform.urls.reporting}/expected-returns?governmentCode=11002&projectYear=1`,
        abb,
      );
      expect(returns.body.map((expected) => [expected.periodCode, expected.due])).toEqual([
        ['PJ1-INTERIM', '2023-04-15'],
        ['PJ1-ANNUAL', '2023-10-15'],
      ]);
    });
    // budgeting: one commitment per application, never above the budget.
    await eventually(async () => {
      const budget = await request<{ budgetCents: number; committedCents: number }>(
        'GET',
        `${platform.urls.budgeting}/budget?projectYear=1`,
        abb,
      );
      const committed = decisions.reduce((sum, decision) => sum + decision.totalCents, 0);
      expect(budget.body).toMatchObject({ budgetCents: 350_000 * EUR, committedCents: committed });
      expect(committed).toBeLessThanOrEqual(350_000 * EUR);
    });
    // mentorships: Gent's granted mentorship opened a learning network on action 5, managed by Gent.
    await eventually(async () => {
      const networks = await request<{ mentorCode: string; actionNumber: number; projectYear: number }[]>(
        'GET',
        `${platform.urls.mentorships}/networks`,
        abb,
      );
      expect(networks.body).toEqual([expect.objectContaining({ mentorCode: '44021', actionNumber: 5, projectYear: 1 })]);
    });
  });

  it('adjusts commitment and targets for an accepted amendment, and leaves both for one the budget refuses', async () => {
    const antwerpen = tokens['11002']!;
    const commitmentOf = async () => {
      const listed = await request<{ applicationId: string; revision: number; committedCents: number }[]>(
        'GET',
        `${platform.urls.budgeting}/commitments?projectYear=1&governmentCode=11002`,
        antwerpen,
      );
      return listed.body.find((commitment) => commitment.applicationId === applicationIds.antwerpen)!;
    };
    const targetA05 = async () => {
      const targets = await request<{ indicatorCode: string; target: number }[]>(
        'GET',
        `${platform.urls.reporting}/targets?governmentCode=11002&projectYear=1`,
        abb,
      );
      return targets.body.find((target) => target.indicatorCode === 'A05')?.target;
    };
    const amend = async (approvedAdditionalReach: number, reason: string) => {
      const requested = await request<{ id: string }>(
        'POST',
        `${platform.urls.applications}/applications/${applicationIds.antwerpen}/amendments`,
        antwerpen,
        { lines: [{ indicatorCode: 'A05', approvedAdditionalReach }], reason },
      );
      expect(requested.status).toBe(201);
      const accepted = await request('POST', `${platform.urls.applications}/amendments/${requested.body.id}/accept`, abb, {});
      expect(accepted.status).toBe(202);
      return requested.body.id;
    };
    const before = await eventually(async () => {
      const commitment = await commitmentOf();
      expect(commitment.revision).toBe(1);
      return commitment;
    });

    // Lower: 500 KPI fewer at EUR 60; the revision always fits.
    await amend(1500, 'De lessen starten pas in het najaar; minder deelnemers haalbaar.');
    await eventually(async () => {
      expect(await commitmentOf()).toMatchObject({ revision: 2, committedCents: before.committedCents - 500 * 60 * EUR });
      expect(await targetA05()).toBe(1000 + 1500);
    });

    // ABB tightens the budget to exactly what is committed: a raise cannot fit any more.
    const budget = await request<{ committedCents: number }>('GET', `${platform.urls.budgeting}/budget?projectYear=1`, abb);
    const tightened = await request('PUT', `${platform.urls.budgeting}/budgets/1`, abb, {
      budgetCents: budget.body.committedCents,
      reason: 'Besparing na begrotingscontrole',
    });
    expect(tightened.status).toBe(200);
    const raise = await amend(2250, 'Meer deelnemers dan verwacht.');
    await eventually(async () => {
      const amendments = await request<{ id: string; status: string }[]>(
        'GET',
        `${platform.urls.applications}/applications/${applicationIds.antwerpen}/amendments`,
        antwerpen,
      );
      expect(amendments.body.find((amendment) => amendment.id === raise)?.status).toBe('refused-by-budget');
    });
    expect(await commitmentOf()).toMatchObject({ revision: 2 });
    expect(await targetA05()).toBe(1000 + 1500);
  });

  it('refuses a second decision, and mass assignment in a decision or a draft', async () => {
    const again = await request('POST', `${platform.urls.applications}/applications/${applicationIds.gent}/decision`, abb, {
      lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1 }],
      stimuli: [],
    });
    expect(again.status).toBe(409);
    const draft = await request<{ id: string }>('POST', `${platform.urls.applications}/applications`, tokens['12025'], {
      callId,
      governmentCode: '12025',
      status: 'decided',
    });
    expect(draft.status).toBe(400);
  });
});
