import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RuleViolation } from '#domain';
import {
  ALLOCATION_RULE,
  proposeAllocation,
  type AllocationInput,
  type ProposedLine,
  type SubmittedApplication,
  type SubmittedLine,
  type SubmittedStimulus,
} from './allocation.js';

const stimulusCents = { mentorship: 1_000_000, cooperation: 500_000 };

const line = (indicatorCode: string, priority: number | null, additionalReach: number, eurPerKpi: number): SubmittedLine => ({
  indicatorCode,
  priority,
  additionalReach,
  eurPerKpi,
});

const application = (
  applicationId: string,
  submittedAt: string,
  lines: SubmittedLine[],
  stimuli: SubmittedStimulus[] = [],
): SubmittedApplication => ({ applicationId, governmentCode: `gov-${applicationId}`, submittedAt, lines, stimuli });

const outcomes = (lines: readonly ProposedLine[]): string[] =>
  lines.map((l) => `${l.indicatorCode}:${l.outcome}:${l.proposedAdditionalReach}`);

describe('proposeAllocation', () => {
  it('funds everything in full when the budget suffices', () => {
    const allocation = proposeAllocation({
      availableCents: 10_000_000,
      stimulusCents,
      applications: [
        application('b', '2024-03-02T10:00:00Z', [line('KPI-2', 1, 10, 100), line('KPI-1', 2, 20, 50)]),
        application('a', '2024-03-01T10:00:00Z', [line('KPI-1', 1, 5, 200)], [{ kind: 'mentorship', actionNumber: 1, partnerCode: null }]),
      ],
    });
    expect(allocation.rule).toBe(ALLOCATION_RULE);
    expect(allocation.applications.map((a) => a.applicationId)).toEqual(['a', 'b']);
    expect(allocation.applications[1]!.lines.map((l) => l.indicatorCode)).toEqual(['KPI-1', 'KPI-2']);
    expect(allocation.applications.flatMap((a) => a.lines).every((l) => l.outcome === 'full')).toBe(true);
    expect(allocation.applications[0]!.stimuli[0]).toMatchObject({
      proposedCents: 1_000_000,
      outcome: 'full',
      reason: 'Stimulus: vast bedrag van EUR 10.000,00.',
    });
    expect(allocation.applications[1]!.lines[0]!.reason).toBe('Volledig gefinancierd in ronde 2 (prioriteit 2).');
    expect(allocation).toMatchObject({ requestedCents: 300_000, linesCents: 300_000, stimuliCents: 1_000_000 });
    expect(allocation.applications.map((a) => [a.linesCents, a.stimuliCents])).toEqual([
      [100_000, 1_000_000],
      [200_000, 0],
    ]);
  });

  it('funds round 1 in full and cuts round 2 with one partial line, in submission order', () => {
    // Round 1 costs EUR 2.000 + 3.000; of the EUR 3.000 left, b's EUR 1.000 fits in round 2, then a gets 200 of 2.000 KPI.
    const allocation = proposeAllocation({
      availableCents: 800_000,
      stimulusCents,
      applications: [
        application('a', '2024-03-02T09:00:00Z', [line('A1', 1, 30, 100), line('A2', 2, 2_000, 10), line('A3', 3, 1, 1)]),
        application('b', '2024-03-01T09:00:00Z', [line('B1', 1, 20, 100), line('B2', 2, 10, 100)]),
      ],
    });
    const [b, a] = allocation.applications;
    expect(outcomes(b!.lines)).toEqual(['B1:full:20', 'B2:full:10']);
    expect(outcomes(a!.lines)).toEqual(['A1:full:30', 'A2:partial:200', 'A3:none:0']);
    expect(a!.lines[1]).toMatchObject({
      proposedCents: 200_000,
      reason: 'Gedeeltelijk gefinancierd: 200 van 2.000 KPI (EUR 2.000,00), het budget was op in ronde 2.',
    });
    expect(a!.lines[2]!.reason).toBe('Niet gefinancierd: het budget was op vóór ronde 3.');
    expect(allocation).toMatchObject({ requestedCents: 2_600_100, linesCents: 800_000, stimuliCents: 0 });
  });

  it('gives nothing to the rest of a round once a line did not fit, even if a later one would', () => {
    const allocation = proposeAllocation({
      availableCents: 50_000,
      stimulusCents,
      applications: [
        application('a', '2024-03-01T09:00:00Z', [line('A1', 1, 1, 1_000)]),
        application('b', '2024-03-02T09:00:00Z', [line('B1', 1, 1, 100)]),
      ],
    });
    expect(allocation.applications.flatMap((a) => outcomes(a.lines))).toEqual(['A1:none:0', 'B1:none:0']);
    expect(allocation.applications[0]!.lines[0]!.reason).toBe(
      'Niet gefinancierd: het resterende budget van EUR 500,00 volstaat niet voor één KPI van EUR 1.000,00 in ronde 1.',
    );
    expect(allocation.applications[1]!.lines[0]!.reason).toBe('Niet gefinancierd: het budget was op in ronde 1.');
  });

  it('reserves the stimuli first, whole or not at all, and none after the first that does not fit', () => {
    const allocation = proposeAllocation({
      availableCents: 2_200_000,
      stimulusCents,
      applications: [
        application(
          'a',
          '2024-03-01T09:00:00Z',
          [line('A1', 1, 10, 100)],
          [
            { kind: 'cooperation', actionNumber: null, partnerCode: 'P2' },
            { kind: 'mentorship', actionNumber: 1, partnerCode: null },
          ],
        ),
        application('b', '2024-03-02T09:00:00Z', [], [{ kind: 'mentorship', actionNumber: 1, partnerCode: null }]),
        application('c', '2024-03-03T09:00:00Z', [], [{ kind: 'cooperation', actionNumber: null, partnerCode: 'P3' }]),
      ],
    });
    const [a, b, c] = allocation.applications;
    expect(a!.stimuli.map((s) => [s.kind, s.outcome, s.proposedCents])).toEqual([
      ['mentorship', 'full', 1_000_000],
      ['cooperation', 'full', 500_000],
    ]);
    // EUR 7.000 is left: b's mentorship does not fit, and c's cooperation, which would, is not funded either.
    expect(b!.stimuli[0]).toMatchObject({ outcome: 'none', proposedCents: 0 });
    expect(b!.stimuli[0]!.reason).toMatch(/^Niet gefinancierd: het beschikbare budget volstaat niet voor deze stimulus/);
    expect(c!.stimuli[0]).toMatchObject({ outcome: 'none', proposedCents: 0 });
    // The lines get what the stimuli left.
    expect(outcomes(a!.lines)).toEqual(['A1:full:10']);
    expect(allocation).toMatchObject({ requestedCents: 100_000, linesCents: 100_000, stimuliCents: 1_500_000 });
  });

  it('passes lines without reach and free lines, whatever the budget', () => {
    const allocation = proposeAllocation({
      availableCents: 0,
      stimulusCents,
      applications: [application('a', '2024-03-01T09:00:00Z', [line('A1', null, 0, 100), line('A2', 1, 50, 0), line('A3', 2, 1, 1)])],
    });
    const [a1, a2, a3] = allocation.applications[0]!.lines;
    expect(a1).toEqual({
      indicatorCode: 'A1',
      priority: null,
      requestedAdditionalReach: 0,
      proposedAdditionalReach: 0,
      eurPerKpi: 100,
      proposedCents: 0,
      outcome: 'full',
      reason: 'Geen bijkomend bereik gevraagd.',
    });
    expect(a2).toMatchObject({ proposedAdditionalReach: 50, proposedCents: 0, outcome: 'full' });
    expect(a3).toMatchObject({ proposedAdditionalReach: 0, outcome: 'none' });
  });

  it('refuses impossible input, naming every problem', () => {
    const valid: AllocationInput = {
      availableCents: 100,
      stimulusCents,
      applications: [application('a', '2024-03-01T09:00:00Z', [line('A1', 1, 1, 1)])],
    };
    const refusal = (input: AllocationInput): RuleViolation => {
      try {
        proposeAllocation(input);
      } catch (error) {
        if (error instanceof RuleViolation) return error;
        throw error;
      }
      throw new Error('expected a RuleViolation');
    };
    expect(() => proposeAllocation(valid)).not.toThrow();
    expect(refusal({ ...valid, availableCents: -1 }).problems.map((p) => p.field)).toEqual(['availableCents']);
    expect(refusal({ ...valid, availableCents: 1.5 }).problems.map((p) => p.field)).toEqual(['availableCents']);
    expect(refusal({ ...valid, stimulusCents: { mentorship: -5, cooperation: 0.5 } }).problems.map((p) => p.field)).toEqual([
      'stimulusCents.mentorship',
      'stimulusCents.cooperation',
    ]);
    expect(
      refusal({ ...valid, applications: [...valid.applications, application('a', '2024-03-02T09:00:00Z', [])] }).problems.map(
        (p) => p.field,
      ),
    ).toEqual(['applications[1].applicationId']);
    expect(
      refusal({
        ...valid,
        applications: [application('a', '2024-03-01T09:00:00Z', [line('A1', 1, -1, 1.5), line('A1', 2, 1, 1), line('A2', null, 3, 1)])],
      }).problems.map((p) => p.field),
    ).toEqual([
      'applications[0].lines[0].additionalReach',
      'applications[0].lines[0].eurPerKpi',
      'applications[0].lines[1].indicatorCode',
      'applications[0].lines[2].priority',
    ]);
    expect(refusal({ ...valid, applications: [application('a', 'yesterday', [])] }).message).toMatch(/^applications\[0\]\.submittedAt: /);
  });
});

// Arbitrary submissions: 1..4 lines with distinct indicators, priorities 1..n over the lines with reach (shuffled).
const lineArbitrary = fc.record({ additionalReach: fc.integer({ min: 0, max: 3_000 }), eurPerKpi: fc.integer({ min: 0, max: 30_000 }) });

const applicationArbitrary = (applicationId: string): fc.Arbitrary<SubmittedApplication> =>
  fc
    .record({
      submittedAt: fc.integer({ min: 0, max: 5 }).map((day) => new Date(Date.UTC(2024, 2, 1 + day)).toISOString()),
      lines: fc.uniqueArray(fc.tuple(fc.constantFrom('KPI-1', 'KPI-2', 'KPI-3', 'KPI-4', 'KPI-5'), lineArbitrary), {
        minLength: 1,
        maxLength: 4,
        selector: ([code]) => code,
      }),
      ranks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
      stimuli: fc.array(
        fc.record({
          kind: fc.constantFrom('mentorship' as const, 'cooperation' as const),
          actionNumber: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
          partnerCode: fc.option(fc.constantFrom('P1', 'P2'), { nil: null }),
        }),
        { maxLength: 2 },
      ),
    })
    .map(({ submittedAt, lines, ranks, stimuli }) => {
      // The lines with reach get priorities 1..n in an order the ranks pick.
      const withReach = lines
        .map(([code, values], index) => ({ code, values, rank: ranks[index]! }))
        .filter(({ values }) => values.additionalReach > 0)
        .sort((a, b) => a.rank - b.rank || (a.code < b.code ? -1 : 1));
      const priorities = new Map(withReach.map(({ code }, index) => [code, index + 1]));
      return application(
        applicationId,
        submittedAt,
        lines.map(([code, values]) => line(code, priorities.get(code) ?? null, values.additionalReach, values.eurPerKpi)),
        stimuli,
      );
    });

const requestedOf = (applications: readonly SubmittedApplication[]): number =>
  applications.flatMap((a) => a.lines).reduce((total, l) => total + l.additionalReach * l.eurPerKpi * 100, 0);

const allStimuliOf = (applications: readonly SubmittedApplication[], cents: AllocationInput['stimulusCents']): number =>
  applications.flatMap((a) => a.stimuli).reduce((total, s) => total + cents[s.kind], 0);

const inputArbitrary: fc.Arbitrary<AllocationInput> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: n }, (_, index) => applicationArbitrary(`app-${index}`))),
      fc.record({ mentorship: fc.integer({ min: 0, max: 1_500_000 }), cooperation: fc.integer({ min: 0, max: 1_500_000 }) }),
      fc.double({ min: 0, max: 1.1, noNaN: true }),
    ),
  )
  .map(([applications, cents, share]) => ({
    applications,
    stimulusCents: cents,
    availableCents: Math.floor(share * (requestedOf(applications) + allStimuliOf(applications, cents))),
  }));

const shuffled = <T>(values: readonly T[], seed: number): T[] =>
  values
    .map((value, index) => ({ value, key: (index * 7919 + seed * 104_729) % 1_000_003 }))
    .sort((a, b) => a.key - b.key)
    .map(({ value }) => value);

describe('proposeAllocation, for any submissions', () => {
  it('never proposes more than is available', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const allocation = proposeAllocation(input);
        expect(allocation.linesCents + allocation.stimuliCents).toBeLessThanOrEqual(input.availableCents);
      }),
    );
  });

  it('gives the same proposal whatever the order of applications, lines and stimuli', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.nat(), (input, seed) => {
        const reordered: AllocationInput = {
          ...input,
          applications: shuffled(input.applications, seed).map((a, index) => ({
            ...a,
            lines: shuffled(a.lines, seed + index + 1).reverse(),
            stimuli: [...a.stimuli].reverse(),
          })),
        };
        expect(proposeAllocation(reordered)).toEqual(proposeAllocation(input));
      }),
    );
  });

  it('funds no line of a later rank while one of an earlier rank goes unfunded, and cuts at most one line', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        // Free lines are always funded, so only lines that cost money take part.
        const paid = proposeAllocation(input)
          .applications.flatMap((a) => a.lines)
          .filter((l) => l.requestedAdditionalReach > 0 && l.eurPerKpi > 0);
        const unfunded = paid.filter((l) => l.outcome === 'none').map((l) => l.priority!);
        const funded = paid.filter((l) => l.proposedAdditionalReach > 0).map((l) => l.priority!);
        if (unfunded.length > 0 && funded.length > 0) expect(Math.max(...funded)).toBeLessThanOrEqual(Math.min(...unfunded));
        expect(paid.filter((l) => l.outcome === 'partial').length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('adds the lines and stimuli up to the totals exactly, at the rate per KPI', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const allocation = proposeAllocation(input);
        for (const proposed of allocation.applications) {
          for (const l of proposed.lines) {
            expect(l.proposedCents).toBe(l.proposedAdditionalReach * l.eurPerKpi * 100);
            expect(l.proposedAdditionalReach).toBeLessThanOrEqual(l.requestedAdditionalReach);
            expect(l.proposedAdditionalReach).toBeGreaterThanOrEqual(0);
            expect(l.outcome === 'full').toBe(l.proposedAdditionalReach === l.requestedAdditionalReach);
          }
          expect(proposed.linesCents).toBe(proposed.lines.reduce((total, l) => total + l.proposedCents, 0));
          expect(proposed.stimuliCents).toBe(proposed.stimuli.reduce((total, s) => total + s.proposedCents, 0));
        }
        expect(allocation.linesCents).toBe(allocation.applications.reduce((total, a) => total + a.linesCents, 0));
        expect(allocation.stimuliCents).toBe(allocation.applications.reduce((total, a) => total + a.stimuliCents, 0));
        expect(allocation.requestedCents).toBe(requestedOf(input.applications));
      }),
    );
  });

  it('funds everything in full when the budget covers all lines and stimuli', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.nat({ max: 1_000_000 }), (input, extra) => {
        const availableCents = requestedOf(input.applications) + allStimuliOf(input.applications, input.stimulusCents) + extra;
        const allocation = proposeAllocation({ ...input, availableCents });
        expect(allocation.applications.flatMap((a) => [...a.lines, ...a.stimuli]).every((x) => x.outcome === 'full')).toBe(true);
        expect(allocation.linesCents).toBe(allocation.requestedCents);
      }),
    );
  });
});
