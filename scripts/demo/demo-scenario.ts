import { applyTo, openCall, prepareGovernment, request, type Applicant } from '#testing';

/**
 * The demo data of `npm start`, made the way ABB and the governments would make it, through the HTTP APIs: the
 * year-1 call is open and Antwerpen and Mechelen have applied; the README's walk-through lets Gent apply, closes the
 * call and decides. Counts of inhabitants of non-EU origin are demo values (the register ships none: no public
 * source in the repository); e-mail addresses are example.* ones. Runs once: a platform that already has a call is left alone.
 */
export interface DemoTokens {
  abb: string;
  government(code: string): Promise<string>;
}

export const DEMO_PROGRAMME_START = '2022-06-15T09:00:00Z';

const DEMO_GOVERNMENTS = [
  { code: '44021', nonEuOriginInhabitants: 60_000 },
  { code: '11002', nonEuOriginInhabitants: 150_000 },
  { code: '12025', nonEuOriginInhabitants: 15_000 },
] as const;

const DEMO_LINES: Record<string, Applicant['lines']> = {
  '11002': [{ indicatorCode: 'A05', currentReach: 1000, additionalReach: 2250, priority: 1 }],
  '12025': [
    { indicatorCode: 'A05', currentReach: 200, additionalReach: 800, priority: 1 },
    { indicatorCode: 'A22', currentReach: 0, additionalReach: 2, priority: 2 },
  ],
};

export const runDemoScenario = async (
  urls: { applications: string; budgeting: string; reporting: string },
  tokens: DemoTokens,
  say: (line: string) => void,
): Promise<void> => {
  const calls = await request<unknown[]>('GET', `${urls.applications}/calls`, tokens.abb);
  if (calls.status === 200 && calls.body.length > 0) {
    say('demo data: a call exists already, nothing seeded');
    return;
  }
  for (const { code, nonEuOriginInhabitants } of DEMO_GOVERNMENTS)
    await prepareGovernment(urls, tokens.abb, code, { nonEuOriginInhabitants, contactEmail: `samenleven@${code}.example` });
  const callId = await openCall(urls, tokens.abb, { projectYear: 1, opensAt: '2022-06-01T00:00:00Z', closesAt: '2022-07-15T22:00:00Z' });
  const applicationIds: string[] = [];
  for (const { code } of DEMO_GOVERNMENTS.filter((government) => government.code !== '44021'))
    applicationIds.push(
      await applyTo(urls, callId, {
        governmentCode: code,
        token: await tokens.government(code),
        lines: DEMO_LINES[code]!,
        // Mechelen mentored other governments on action 22 (Pleinmakers) in project year 1.
        mentorships: code === '12025' ? [{ actionNumber: 22, motivation: 'Mechelen begeleidt een lerend netwerk Pleinmakers.' }] : [],
      }),
    );
  say(`demo data: call ${callId} of project year 1 is open; Antwerpen and Mechelen applied (README: Gent applies, ABB decides)`);
};
