import { eventually } from './eventually.js';
import { request, type JsonResponse } from './http.js';

/**
 * The call-to-decision flow through the HTTP APIs, as ABB and the governments walk it: for tests, the benchmark
 * and the chaos run that need decided targets before they can report. Every step checks its answer, so a broken
 * step fails where it broke.
 */
export interface ProgrammeUrls {
  applications: string;
  budgeting: string;
  reporting: string;
}

export interface ApplicantLine {
  indicatorCode: string;
  currentReach: number;
  additionalReach: number;
  priority: number | null;
}

export interface Applicant {
  governmentCode: string;
  /** A government officer's token for governmentCode (or the group lead's). */
  token: string;
  /** For a group's lead applying for the group. */
  groupCode?: string;
  lines: ApplicantLine[];
  mentorships?: { actionNumber: number; motivation: string }[];
  contactEmail?: string;
  iban?: string;
}

/**
 * A valid Belgian IBAN for a 10-digit account base: the account's own check (base mod 97, 97 for 0) and the
 * IBAN's ISO 7064 check digits.
 */
export const belgianIban = (accountBase: number): string => {
  const base = String(accountBase).padStart(10, '0').slice(-10);
  const accountCheck = Number(BigInt(base) % 97n) || 97;
  const bban = `${base}${String(accountCheck).padStart(2, '0')}`;
  // B = 11, E = 14; "00" stands in for the check digits while computing them.
  const ibanCheck = 98 - Number(BigInt(`${bban}111400`) % 97n);
  return `BE${String(ibanCheck).padStart(2, '0')}${bban}`;
};

const expectStatus = <T>(response: JsonResponse<T>, status: number, what: string): T => {
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
};

/** ABB records what eligibility needs and who to contact (the shipped register has neither). */
export const prepareGovernment = async (
  urls: Pick<ProgrammeUrls, 'applications'>,
  abb: string,
  governmentCode: string,
  { nonEuOriginInhabitants, contactEmail }: { nonEuOriginInhabitants: number; contactEmail: string },
): Promise<void> => {
  const response = await request('PATCH', `${urls.applications}/governments/${governmentCode}`, abb, {
    nonEuOriginInhabitants,
    contacts: [{ name: `Dienst Samenleven ${governmentCode}`, email: contactEmail, phone: null, role: 'primary' }],
  });
  expectStatus(response, 200, `PATCH /governments/${governmentCode}`);
};

export interface CallWindow {
  projectYear: number;
  opensAt: string;
  closesAt: string;
}

export const openCall = async (urls: Pick<ProgrammeUrls, 'applications'>, abb: string, window: CallWindow): Promise<string> => {
  const call = expectStatus(
    await request<{ id: string }>('POST', `${urls.applications}/calls`, abb, {
      title: `Oproep Plan Samenleven projectjaar ${window.projectYear}`,
      ...window,
    }),
    201,
    'POST /calls',
  );
  return call.id;
};

/** Drafts, fills and submits one application; returns its id. */
export const applyTo = async (urls: Pick<ProgrammeUrls, 'applications'>, callId: string, applicant: Applicant): Promise<string> => {
  const draft = expectStatus(
    await request<{ id: string }>('POST', `${urls.applications}/applications`, applicant.token, {
      callId,
      governmentCode: applicant.governmentCode,
      ...(applicant.groupCode ? { groupCode: applicant.groupCode } : {}),
    }),
    201,
    `POST /applications for ${applicant.governmentCode}`,
  );
  expectStatus(
    await request('PUT', `${urls.applications}/applications/${draft.id}`, applicant.token, applicationBody(applicant)),
    200,
    `PUT /applications/${draft.id}`,
  );
  expectStatus(
    await request('POST', `${urls.applications}/applications/${draft.id}/submit`, applicant.token),
    200,
    `POST /applications/${draft.id}/submit`,
  );
  return draft.id;
};

export const applicationBody = (applicant: Applicant): object => ({
  lines: applicant.lines,
  stimuli: { mentorships: applicant.mentorships ?? [], cooperation: null, socialImpactBond: { intended: false, text: '' } },
  contacts: [
    {
      name: `Projectleider ${applicant.governmentCode}`,
      email: applicant.contactEmail ?? `samenleven@${applicant.governmentCode}.example`,
      phone: null,
      role: 'primary',
    },
  ],
  iban: applicant.iban ?? belgianIban(Number(applicant.governmentCode.replace(/\D/g, '') || '1') * 1000 + 7),
});

/** Closes the call and waits for budgeting's allocation proposal to reach applications. */
export const closeCallAndAwaitProposal = async <P = unknown>(
  urls: Pick<ProgrammeUrls, 'applications'>,
  abb: string,
  callId: string,
): Promise<P> => {
  expectStatus(await request('POST', `${urls.applications}/calls/${callId}/close`, abb), 200, `POST /calls/${callId}/close`);
  return eventually(async () =>
    expectStatus(await request<P>('GET', `${urls.applications}/calls/${callId}/proposal`, abb), 200, 'proposal'),
  );
};

export interface DecisionView {
  status: string;
  revision: number;
  totalCents: number;
  lines: { indicatorCode: string; approvedAdditionalReach: number; amountCents: number }[];
}

/** Waits until every application's decision is final (budget committed, targets published). */
export const awaitDecided = async (
  urls: Pick<ProgrammeUrls, 'applications'>,
  abb: string,
  applicationIds: string[],
): Promise<DecisionView[]> =>
  eventually(
    async () =>
      Promise.all(
        applicationIds.map(async (id) => {
          const decision = expectStatus(
            await request<DecisionView>('GET', `${urls.applications}/applications/${id}/decision`, abb),
            200,
            'decision',
          );
          if (decision.status !== 'decided') throw new Error(`application ${id}: decision is ${decision.status}, not decided`);
          return decision;
        }),
      ),
    // Budgeting commits a year's decisions one at a time (under the year's lock), so the ceiling grows with their number;
    // each round asks about every application, so rounds are not too frequent.
    { timeoutMs: 20_000 + 250 * applicationIds.length, intervalMs: 200 },
  );

/**
 * The whole flow for applicants that are ready to apply (see prepareGovernment): a call, their applications,
 * the close, budgeting's proposal, ABB deciding as proposed, and the decisions final.
 */
export const awardThroughCall = async (
  urls: ProgrammeUrls,
  abb: string,
  window: CallWindow,
  applicants: Applicant[],
): Promise<{ callId: string; applicationIds: string[]; decisions: DecisionView[] }> => {
  const callId = await openCall(urls, abb, window);
  const applicationIds: string[] = [];
  for (const applicant of applicants) applicationIds.push(await applyTo(urls, callId, applicant));
  await closeCallAndAwaitProposal(urls, abb, callId);
  expectStatus(
    await request('POST', `${urls.applications}/calls/${callId}/decide-as-proposed`, abb, {}),
    202,
    `POST /calls/${callId}/decide-as-proposed`,
  );
  return { callId, applicationIds, decisions: await awaitDecided(urls, abb, applicationIds) };
};
