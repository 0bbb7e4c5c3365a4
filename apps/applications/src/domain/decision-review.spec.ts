import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RuleViolation } from '#domain';
import type { ApplicationLine, RequestedStimuli } from './application.js';
import { fullAmountCents, reviewApplication, type DecisionReview, type LinePrice, type ReviewedApplication } from './decision-review.js';

const PRICES: Record<string, LinePrice> = {
  A05: { eurPerKpi: 60, maxPerApplicant: 2250 },
  A02: { eurPerKpi: 25_000, maxPerApplicant: 1 },
  A07: { eurPerKpi: 150, maxPerApplicant: 400 },
};
const priceOf = (code: string): LinePrice | undefined => PRICES[code];
const AMOUNTS = { mentorship: 1_000_000, cooperation: 1_000_000 };

const line = (indicatorCode: string, currentReach: number, additionalReach: number, priority: number | null): ApplicationLine => ({
  indicatorCode,
  currentReach,
  additionalReach,
  priority,
});
const noStimuli: RequestedStimuli = { mentorships: [], cooperation: null, socialImpactBond: null };

/** Gent: 1,500 extra Dutch practice opportunities (A05), a local action plan (A02), a line without extra reach (A07). */
const gent: ReviewedApplication = {
  lines: [line('A05', 500, 1500, 1), line('A02', 0, 1, 2), line('A07', 40, 0, null)],
  stimuli: {
    mentorships: [{ actionNumber: 5, motivation: 'Gent begeleidt al tien jaar oefenkansen.' }],
    cooperation: { partnerCode: '44083', motivation: 'Samen met Melle.' },
    socialImpactBond: { intended: false, text: '' },
  },
};

const asRequested: DecisionReview = {
  lines: [
    { indicatorCode: 'A05', approvedAdditionalReach: 1500 },
    { indicatorCode: 'A02', approvedAdditionalReach: 1 },
  ],
  stimuli: [
    { kind: 'mentorship', actionNumber: 5, granted: true },
    { kind: 'cooperation', partnerCode: '44083', granted: false },
  ],
};

const problemsOf = (work: () => unknown): { field: string; problem: string }[] => {
  try {
    work();
  } catch (error) {
    if (error instanceof RuleViolation) return [...error.problems];
    throw error;
  }
  throw new Error('expected a RuleViolation');
};

describe('reviewApplication', () => {
  it('prices approved lines at approved x rate in cents, fixes targets at current + approved, grants stimuli at their fixed amount', () => {
    expect(reviewApplication(gent, asRequested, priceOf, AMOUNTS)).toEqual({
      lines: [
        {
          indicatorCode: 'A05',
          currentReach: 500,
          requestedAdditionalReach: 1500,
          approvedAdditionalReach: 1500,
          target: 2000,
          eurPerKpi: 60,
          amountCents: 9_000_000,
          reason: null,
        },
        {
          indicatorCode: 'A02',
          currentReach: 0,
          requestedAdditionalReach: 1,
          approvedAdditionalReach: 1,
          target: 1,
          eurPerKpi: 25_000,
          amountCents: 2_500_000,
          reason: null,
        },
        // Planned without additional reach: asks for nothing, decided at 0 without being named.
        {
          indicatorCode: 'A07',
          currentReach: 40,
          requestedAdditionalReach: 0,
          approvedAdditionalReach: 0,
          target: 40,
          eurPerKpi: 150,
          amountCents: 0,
          reason: null,
        },
      ],
      stimuli: [
        { kind: 'mentorship', actionNumber: 5, partnerCode: null, granted: true, amountCents: 1_000_000 },
        { kind: 'cooperation', actionNumber: null, partnerCode: '44083', granted: false, amountCents: 0 },
      ],
      linesCents: 11_500_000,
      stimuliCents: 1_000_000,
      totalCents: 12_500_000,
    });
  });

  it('approves fewer, rejects, and awards a lower amount than KPI x rate with its reason', () => {
    const decided = reviewApplication(
      gent,
      {
        ...asRequested,
        lines: [
          // Action 5's published year-1 budget is not a multiple of its rate: some awards were lower.
          { indicatorCode: 'A05', approvedAdditionalReach: 1200, amountCents: 7_000_000, reason: 'Restbudget actie 5.' },
          { indicatorCode: 'A02', approvedAdditionalReach: 0, reason: 'Geen actieplan nodig naast het bestaande.' },
        ],
      },
      priceOf,
      AMOUNTS,
    );
    expect(
      decided.lines.map((decidedLine) => [
        decidedLine.indicatorCode,
        decidedLine.approvedAdditionalReach,
        decidedLine.target,
        decidedLine.amountCents,
        decidedLine.reason,
      ]),
    ).toEqual([
      ['A05', 1200, 1700, 7_000_000, 'Restbudget actie 5.'],
      ['A02', 0, 0, 0, 'Geen actieplan nodig naast het bestaande.'],
      ['A07', 0, 40, 0, null],
    ]);
    expect(decided).toMatchObject({ linesCents: 7_000_000, stimuliCents: 1_000_000, totalCents: 8_000_000 });
  });

  it('takes an amount equal to KPI x rate without a reason, and lines in any order', () => {
    const decided = reviewApplication(
      gent,
      {
        ...asRequested,
        lines: [
          { indicatorCode: 'A02', approvedAdditionalReach: 1 },
          { indicatorCode: 'A05', approvedAdditionalReach: 1000, amountCents: 6_000_000 },
        ],
      },
      priceOf,
      AMOUNTS,
    );
    expect(decided.lines.map((decidedLine) => decidedLine.indicatorCode)).toEqual(['A05', 'A02', 'A07']);
    expect(decided.lines[0]).toMatchObject({ amountCents: 6_000_000, reason: null });
  });

  it('names every problem at once, each with its line and field', () => {
    const problems = problemsOf(() =>
      reviewApplication(
        gent,
        {
          lines: [
            { indicatorCode: 'A05', approvedAdditionalReach: 1600 },
            { indicatorCode: 'A99', approvedAdditionalReach: 1 },
            { indicatorCode: 'A05', approvedAdditionalReach: 1 },
            { indicatorCode: 'A07', approvedAdditionalReach: 0, amountCents: 100 },
          ],
          stimuli: [
            { kind: 'mentorship', actionNumber: 9, granted: true },
            { kind: 'cooperation', granted: true },
          ],
        },
        priceOf,
        AMOUNTS,
      ),
    );
    expect(problems).toEqual([
      { field: 'lines[0].approvedAdditionalReach', problem: '1600 is more than the 1500 requested for A05' },
      { field: 'lines[1].indicatorCode', problem: 'A99 is not a line of this application' },
      { field: 'lines[2].indicatorCode', problem: 'A05 is decided more than once' },
      { field: 'lines[3].amountCents', problem: '100 is more than 0 x EUR 150 = 0 cents' },
      { field: 'lines', problem: 'A02 (1 requested) is not decided' },
      { field: 'stimuli[0]', problem: 'the mentorship on action 9 was not requested' },
      { field: 'stimuli[1].partnerCode', problem: 'a cooperation names its partner' },
      { field: 'stimuli', problem: 'the mentorship on action 5 is not decided' },
      { field: 'stimuli', problem: 'the cooperation with 44083 is not decided' },
    ]);
  });

  it('requires a reason for a lower award and refuses one above KPI x rate', () => {
    const review = (amountCents: number, reason?: string): DecisionReview => ({
      ...asRequested,
      lines: [
        { indicatorCode: 'A05', approvedAdditionalReach: 1000, amountCents, reason },
        { indicatorCode: 'A02', approvedAdditionalReach: 1 },
      ],
    });
    expect(problemsOf(() => reviewApplication(gent, review(5_999_999), priceOf, AMOUNTS))).toEqual([
      { field: 'lines[0].reason', problem: 'a reason is required for awarding 5999999 cents, less than 1000 x EUR 60' },
    ]);
    expect(problemsOf(() => reviewApplication(gent, review(5_999_999, '   '), priceOf, AMOUNTS))).toHaveLength(1);
    expect(problemsOf(() => reviewApplication(gent, review(6_000_001, 'meer'), priceOf, AMOUNTS))).toEqual([
      { field: 'lines[0].amountCents', problem: '6000001 is more than 1000 x EUR 60 = 6000000 cents' },
    ]);
    expect(reviewApplication(gent, review(5_999_999, 'Afgerond.'), priceOf, AMOUNTS).lines[0]?.amountCents).toBe(5_999_999);
  });

  it('refuses fractional or negative reach and amounts, a stimulus decided twice, and a line its catalogue version does not price', () => {
    const withCatalogue = (code: string): LinePrice | undefined => (code === 'A02' ? undefined : priceOf(code));
    expect(
      problemsOf(() =>
        reviewApplication(
          gent,
          {
            lines: [
              { indicatorCode: 'A05', approvedAdditionalReach: 2.5 },
              { indicatorCode: 'A02', approvedAdditionalReach: 1 },
            ],
            stimuli: [...asRequested.stimuli, { kind: 'mentorship', actionNumber: 5, granted: false }],
          },
          withCatalogue,
          AMOUNTS,
        ),
      ),
    ).toEqual([
      { field: 'lines[0].approvedAdditionalReach', problem: 'must be a whole number >= 0' },
      { field: 'lines[1].indicatorCode', problem: "A02 is not subsidised under the application's catalogue version in its project year" },
      { field: 'stimuli[2]', problem: 'the mentorship on action 5 is decided more than once' },
    ]);
    expect(
      problemsOf(() =>
        reviewApplication(
          gent,
          {
            ...asRequested,
            lines: [asRequested.lines[1]!, { indicatorCode: 'A05', approvedAdditionalReach: 10, amountCents: -1, reason: 'x' }],
          },
          priceOf,
          AMOUNTS,
        ),
      ),
    ).toEqual([{ field: 'lines[1].amountCents', problem: 'must be a whole number of cents >= 0' }]);
  });

  it('decides an application without stimuli with an empty list of them', () => {
    const alone = { lines: [line('A05', 0, 10, 1)], stimuli: noStimuli };
    expect(
      reviewApplication(alone, { lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 10 }], stimuli: [] }, priceOf, AMOUNTS),
    ).toMatchObject({
      stimuli: [],
      totalCents: 60_000,
    });
  });

  it('for any review within the request: amounts approved x rate (or the lower award), targets current + approved, totals add up', () => {
    const codes = Object.keys(PRICES);
    const scenario = fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: codes.length }).chain((chosen) =>
      fc.tuple(
        ...chosen.map((code) =>
          fc
            .record({ current: fc.nat(10_000), requested: fc.integer({ min: 0, max: PRICES[code]!.maxPerApplicant }) })
            .chain(({ current, requested }) =>
              fc.record({
                code: fc.constant(code),
                current: fc.constant(current),
                requested: fc.constant(requested),
                approved: fc.integer({ min: 0, max: requested }),
                lowerBy: fc.option(fc.nat(1_000_000), { nil: undefined }),
              }),
            ),
        ),
      ),
    );
    fc.assert(
      fc.property(scenario, fc.boolean(), (lines, grantMentorship) => {
        const application: ReviewedApplication = {
          lines: lines.map(({ code, current, requested }, index) => line(code, current, requested, requested > 0 ? index + 1 : null)),
          stimuli: { ...noStimuli, mentorships: [{ actionNumber: 5, motivation: 'x' }] },
        };
        const reviews = lines.map(({ code, approved, lowerBy }) => {
          const full = fullAmountCents(approved, PRICES[code]!.eurPerKpi);
          return lowerBy === undefined
            ? { indicatorCode: code, approvedAdditionalReach: approved }
            : { indicatorCode: code, approvedAdditionalReach: approved, amountCents: Math.max(0, full - lowerBy), reason: 'lager' };
        });
        const decided = reviewApplication(
          application,
          { lines: reviews, stimuli: [{ kind: 'mentorship', actionNumber: 5, granted: grantMentorship }] },
          priceOf,
          AMOUNTS,
        );
        decided.lines.forEach((decidedLine, index) => {
          const { code, current, approved, lowerBy } = lines[index]!;
          const full = approved * PRICES[code]!.eurPerKpi * 100;
          expect(decidedLine.target).toBe(current + approved);
          expect(decidedLine.amountCents).toBe(lowerBy === undefined ? full : Math.max(0, full - lowerBy));
          expect(decidedLine.amountCents).toBeLessThanOrEqual(full);
        });
        expect(decided.linesCents).toBe(decided.lines.reduce((sum, decidedLine) => sum + decidedLine.amountCents, 0));
        expect(decided.stimuliCents).toBe(grantMentorship ? 1_000_000 : 0);
        expect(decided.totalCents).toBe(decided.linesCents + decided.stimuliCents);
      }),
    );
  });
});
