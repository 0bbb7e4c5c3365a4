import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allIndicators } from '#catalogue';
import { generateProgramme, type ReplayProgramme } from './programme-generator.js';
import { compareWithPublished } from './programme-totals.js';
import type { FigurePart } from './published-figures.js';
import register from '../../apps/applications/src/infrastructure/data/flemish-municipalities-2019-2024.json' with { type: 'json' };

const ARRONDISSEMENT = new Map(register.municipalities.map((municipality) => [municipality.nisCode, municipality.arrondissement]));

const INDICATORS = new Map(allIndicators().map((indicator) => [indicator.code, indicator]));
const differing = (programme: ReplayProgramme) =>
  compareWithPublished(programme)
    .filter(({ figure, total }) => total !== figure.value)
    .map(({ figure, total }) => `${figure.key}: published ${figure.value}, generated ${String(total)}`);

/** Everything a real programme would respect, whatever the seed. */
const plausibilityProblems = (programme: ReplayProgramme): string[] => {
  const problems: string[] = [];
  const nonEu = new Map(programme.governments.map((government) => [government.code, government.nonEuOriginInhabitants]));
  const applying = new Set<string>();
  for (const application of programme.applications) {
    const group = programme.groups.find((candidate) => candidate.name === application.groupName);
    for (const code of group?.memberCodes ?? [application.governmentCode]) {
      if (applying.has(code)) problems.push(`${code} applies twice`);
      applying.add(code);
    }
    const eligible = group ? group.memberCodes.reduce((sum, code) => sum + nonEu.get(code)!, 0) : nonEu.get(application.governmentCode)!;
    if (!(eligible > 7_500)) problems.push(`${application.governmentCode}: not eligible (${eligible})`);
    if (group && group.leadCode !== application.governmentCode) problems.push(`${application.governmentCode} is not its group's lead`);
    const priorities = application.lines.map((line) => line.priority).sort((a, b) => a - b);
    if (priorities.join() !== application.lines.map((_, index) => index + 1).join())
      problems.push(`${application.governmentCode}: priorities ${priorities}`);
    for (const line of application.lines) {
      const indicator = INDICATORS.get(line.indicatorCode)!;
      const where = `${application.governmentCode} ${line.indicatorCode}`;
      if (indicator.subsidisedFromYear > programme.projectYear) problems.push(`${where}: not subsidised in year ${programme.projectYear}`);
      if (!(line.approvedAdditionalReach >= 1 && line.approvedAdditionalReach <= line.requestedAdditionalReach))
        problems.push(`${where}: approved ${line.approvedAdditionalReach} of ${line.requestedAdditionalReach}`);
      if (line.requestedAdditionalReach > indicator.maxPerApplicant) problems.push(`${where}: above the cap`);
      if (line.currentReach < 0) problems.push(`${where}: negative current reach`);
      const atRate = line.approvedAdditionalReach * indicator.eurPerKpi * 100;
      if (line.amountCents > atRate || line.amountCents < atRate * 0.7 || line.amountCents % 100 !== 0)
        problems.push(`${where}: award ${line.amountCents} of ${atRate}`);
    }
  }
  for (const group of programme.groups) {
    const regions = new Set(group.memberCodes.map((code) => ARRONDISSEMENT.get(code)));
    if (
      regions.size !== 1 ||
      !regions.has(group.referenceRegion) ||
      group.memberCodes.length < 2 ||
      !group.memberCodes.includes(group.leadCode)
    )
      problems.push(`${group.name}: members ${group.memberCodes.join()} in ${[...regions].join()}`);
  }
  return problems;
};

describe('the replay programme generator', () => {
  it.each([1, 2])(
    'adds up to every published figure of project year %i, for several seeds',
    (projectYear) => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
          const programme = generateProgramme({ projectYear, seed });
          expect(differing(programme)).toEqual([]);
          expect(plausibilityProblems(programme)).toEqual([]);
        }),
        { numRuns: 12 },
      );
      // A hundred generated programmes take a few seconds on a busy machine.
    },
    60_000,
  );

  it('adds up to a published subset on a small programme', () => {
    const parts: FigurePart[] = ['action2', 'oostende'];
    for (const seed of [1, 2, 3, 11]) {
      const programme = generateProgramme({ projectYear: 1, seed, parts });
      expect(differing(programme)).toEqual([]);
      expect(programme.applications.length).toBeLessThan(25);
    }
  });

  it('gives the same programme for a seed and another one for another seed', () => {
    expect(generateProgramme({ projectYear: 1, seed: 5 })).toEqual(generateProgramme({ projectYear: 1, seed: 5 }));
    const [a, b] = [generateProgramme({ projectYear: 1, seed: 5 }), generateProgramme({ projectYear: 1, seed: 6 })];
    expect(a.applications.map((application) => application.governmentCode)).not.toEqual(
      b.applications.map((application) => application.governmentCode),
    );
  });

  it("reaches action 5's year-1 budget by awarding less than KPI x rate on some lines; some end below target, some above", () => {
    const programme = generateProgramme({ projectYear: 1, seed: 3 });
    const lines = programme.applications.flatMap((application) => application.lines);
    const a05 = lines.filter((line) => line.indicatorCode === 'A05');
    expect(a05.some((line) => line.amountCents < line.approvedAdditionalReach * 60 * 100)).toBe(true);
    const target = (line: (typeof lines)[number]) => line.currentReach + line.approvedAdditionalReach;
    expect(lines.some((line) => line.annual < target(line))).toBe(true);
    expect(lines.some((line) => line.annual > target(line))).toBe(true);
    expect(programme.applications.some((application) => application.corrections.length > 0)).toBe(true);
    expect(programme.applications.some((application) => application.groupName !== undefined)).toBe(true);
  });
});
