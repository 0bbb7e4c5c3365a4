import { applicationBody, applyTo, awaitDecided, belgianIban, type Applicant } from '#testing';
import type { DemoClient } from './demo-client.js';
import type { CatalogueAction, DemoApplicant, DemoPlan } from './demo-plan.js';

interface CallView {
  id: string;
  projectYear: number;
  status: string;
}

interface ApplicationView {
  id: string;
  governmentCode: string;
  status: string;
}

export interface CallOutcome {
  callId: string;
  /** Application id by applicant (government or group lead) code. */
  applicationIds: Map<string, string>;
}

/** Year 1's subsidised actions with their indicators, as the catalogue API gives them. */
export const readYearOneActions = async (demo: DemoClient): Promise<CatalogueAction[]> => {
  const catalogue = await demo.get<{
    objectives: { actions: (CatalogueAction & { subsidised: boolean; subsidisedFromYear?: number | null })[] }[];
  }>('applications', '/catalogue?projectYear=1');
  return catalogue.objectives
    .flatMap((objective) => objective.actions)
    .filter((action) => action.subsidised && (action.subsidisedFromYear ?? 1) <= 1 && action.indicators.length > 0);
};

/** A distinct, valid IBAN per government (VGC and DE-RAND have no digits in their code). */
const ibanOf = (code: string): string =>
  belgianIban(Number([...code].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 9_000_000, 7)) * 1000 + 17);

const applicantOf = async (
  demo: DemoClient,
  applicant: DemoApplicant,
  email: string,
  groupCode: string | undefined,
): Promise<Applicant> => ({
  governmentCode: applicant.governmentCode,
  token: await demo.government(applicant.governmentCode),
  ...(groupCode === undefined ? {} : { groupCode }),
  lines: applicant.lines,
  mentorships: applicant.mentorships,
  contactEmail: email,
  iban: ibanOf(applicant.governmentCode),
});

/**
 * The year-1 call: ABB opens it (June 2022), every applicant drafts and submits, ABB closes it on 15 July, budgeting
 * proposes the allocation and ABB decides as proposed on 1 September. What exists already (a call, applications,
 * the close, decisions) is taken as it is.
 */
export const runCallToDecision = async (
  demo: DemoClient,
  plan: DemoPlan,
  groupCodes: Map<string, string>,
  { decide }: { decide: boolean },
): Promise<CallOutcome> => {
  const abb = await demo.abb();
  const calls = await demo.get<CallView[]>('applications', '/calls');
  let call = calls.find((candidate) => candidate.projectYear === 1);
  if (call === undefined) {
    call = (
      await demo.call<CallView>(
        'applications',
        'POST',
        '/calls',
        abb,
        {
          title: 'Oproep Plan Samenleven projectjaar 1',
          projectYear: 1,
          opensAt: '2022-06-01T00:00:00Z',
          closesAt: '2022-07-15T22:00:00Z',
        },
        [201],
      )
    ).body;
    demo.say(`call of project year 1 opened (${call.id}), open until 15 July 2022`);
  }
  const callId = call.id;
  const existing = await demo.get<ApplicationView[]>('applications', `/applications?callId=${callId}`);
  const applicationIds = new Map(existing.map((application) => [application.governmentCode, application.id]));
  const emails = new Map(plan.governments.map((government) => [government.code, government.email]));

  if (call.status === 'open') {
    const missing = plan.applicants.filter((applicant) => !applicationIds.has(applicant.governmentCode));
    let done = 0;
    await demo.forEach(missing, async (applicant) => {
      const groupCode = applicant.groupName === undefined ? undefined : groupCodes.get(applicant.groupName);
      const id = await applyTo(demo.urls, callId, await applicantOf(demo, applicant, emails.get(applicant.governmentCode)!, groupCode));
      applicationIds.set(applicant.governmentCode, id);
      if (++done % 20 === 0) demo.say(`applications: ${done} of ${missing.length} submitted`);
    });
    // A draft left by an interrupted start is filled and submitted now.
    for (const draft of existing.filter((application) => application.status === 'draft')) {
      const applicant = plan.applicants.find((candidate) => candidate.governmentCode === draft.governmentCode);
      if (applicant === undefined) continue;
      const groupCode = applicant.groupName === undefined ? undefined : groupCodes.get(applicant.groupName);
      const filled = await applicantOf(demo, applicant, emails.get(applicant.governmentCode)!, groupCode);
      await demo.call('applications', 'PUT', `/applications/${draft.id}`, filled.token, applicationBody(filled), [200]);
      await demo.call('applications', 'POST', `/applications/${draft.id}/submit`, filled.token, undefined, [200]);
    }
    if (missing.length > 0) demo.say(`applications: ${plan.applicants.length} submitted, ${plan.governments.length} governments in all`);
    if (!decide) return { callId, applicationIds };
    await demo.moveClockTo('2022-07-15T20:00:00Z', 'the last day of the call');
    await demo.call('applications', 'POST', `/calls/${callId}/close`, abb, undefined, [200, 409]);
    demo.say('call closed; budgeting proposes the allocation');
  }
  const proposal = await demo.until(
    'the allocation proposal',
    async () => {
      const answer = await demo.call<{ linesCents: number; stimuliCents: number }>(
        'applications',
        'GET',
        `/calls/${callId}/proposal`,
        abb,
        undefined,
        [200, 404],
      );
      return answer.status === 200 ? answer.body : undefined;
    },
    120_000,
  );
  const euro = (cents: number): string => `EUR ${(cents / 100).toLocaleString('en-GB')}`;
  const ids = [...applicationIds.values()];
  const decided = await Promise.all(
    ids.map(
      async (id) =>
        (await demo.call<{ status: string }>('applications', 'GET', `/applications/${id}/decision`, abb, undefined, [200, 404])).body,
    ),
  );
  if (decided.some((decision) => decision?.status !== 'decided')) {
    await demo.moveClockTo('2022-09-01T08:00:00Z', 'ABB decides');
    const answer = await demo.call<{ decided: string[] }>(
      'applications',
      'POST',
      `/calls/${callId}/decide-as-proposed`,
      abb,
      {},
      [202, 409],
    );
    demo.say(
      `allocation proposed: ${euro(proposal.linesCents)} for actions and ${euro(proposal.stimuliCents)} for mentorships; ` +
        `ABB decided ${answer.status === 202 ? answer.body.decided.length : 0} applications as proposed; budgeting commits them`,
    );
    const decisions = await awaitDecided(demo.urls, abb, ids);
    demo.say(`decisions committed: ${decisions.length}, ${euro(decisions.reduce((sum, decision) => sum + decision.totalCents, 0))} in all`);
  }
  return { callId, applicationIds };
};
