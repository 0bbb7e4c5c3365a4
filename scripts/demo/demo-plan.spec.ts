import { describe, expect, it } from '@jest/globals';
import { programmeCatalogue } from '#catalogue';
import registerData from '../../apps/applications/src/infrastructure/data/flemish-municipalities-2019-2024.json' with { type: 'json' };
import { buildDemoPlan, fitToAmount, type CatalogueAction, type RegisterEntry } from './demo-plan.js';

const shipped = registerData as unknown as {
  municipalities: { nisCode: string; name: string; arrondissement: string; inhabitants: number }[];
  otherGovernments: { code: string; kind: 'vgc' | 'de-rand'; name: string }[];
};
const register: RegisterEntry[] = [
  ...shipped.municipalities.map((entry) => ({
    code: entry.nisCode,
    kind: 'municipality' as const,
    name: entry.name,
    arrondissement: entry.arrondissement,
    inhabitants: entry.inhabitants,
  })),
  ...shipped.otherGovernments.map((entry) => ({
    code: entry.code,
    kind: entry.kind,
    name: entry.name,
    arrondissement: null,
    inhabitants: null,
  })),
];
const actions: CatalogueAction[] = programmeCatalogue.objectives
  .flatMap((objective) => objective.actions)
  .filter((action) => action.subsidised && (action.subsidisedFromYear ?? 1) <= 1 && action.indicators.length > 0);
const rates = new Map(actions.flatMap((action) => action.indicators.map((indicator) => [indicator.code, indicator] as const)));
const BUDGET_EUR = 14_136_359;
const euroOf = (lines: { indicatorCode: string; additionalReach: number }[]): number =>
  lines.reduce((sum, line) => sum + line.additionalReach * rates.get(line.indicatorCode)!.eurPerKpi, 0);

describe('the demo programme of project year 1', () => {
  const plan = buildDemoPlan(register, actions, 'full', BUDGET_EUR);

  it('has about 105 governments: the named cities, VGC, vzw de Rand and groups with a lead', () => {
    expect(plan.governments).toHaveLength(105);
    const names = plan.governments.map((government) => government.name);
    for (const city of ['Mechelen', 'Oostende', 'Gent', 'Antwerpen', 'Kortrijk', 'Aalst', 'Maasmechelen', 'Dendermonde', 'Meise', 'Leuven'])
      expect(names).toContain(city);
    expect(plan.governments.map((government) => government.code)).toEqual(expect.arrayContaining(['VGC', 'DE-RAND']));
    expect(new Set(plan.governments.map((government) => government.code)).size).toBe(105);
    for (const group of plan.groups) {
      expect(group.memberCodes).toContain(group.leadCode);
      const counts = group.memberCodes.map(
        (code) => plan.governments.find((government) => government.code === code)!.nonEuOriginInhabitants!,
      );
      expect(counts.every((count) => count <= 7_500)).toBe(true);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(7_500);
    }
  });

  it('makes every municipality applying alone eligible with its demo count', () => {
    const grouped = new Set(plan.groups.flatMap((group) => group.memberCodes));
    for (const government of plan.governments.filter(
      (candidate) => !grouped.has(candidate.code) && candidate.nonEuOriginInhabitants !== null,
    ))
      expect(government.nonEuOriginInhabitants).toBeGreaterThan(7_500);
  });

  it('gives Mechelen and Oostende their published actions and subsidy, and the published mentorships', () => {
    const mechelen = plan.applicants.find((applicant) => applicant.name === 'Mechelen')!;
    const oostende = plan.applicants.find((applicant) => applicant.name === 'Oostende')!;
    const actionsOf = (lines: { indicatorCode: string }[]) => new Set(lines.map((line) => line.indicatorCode.slice(0, 3))).size;
    expect([actionsOf(mechelen.lines), euroOf(mechelen.lines)]).toEqual([13, 600_000]);
    expect([actionsOf(oostende.lines), euroOf(oostende.lines)]).toEqual([15, 651_230]);
    expect(mechelen.mentorships.map((mentorship) => mentorship.actionNumber).sort()).toEqual([22, 9].sort());
    expect(oostende.mentorships.map((mentorship) => mentorship.actionNumber).sort()).toEqual([10, 9]);
  });

  it('keeps every application within the caps, with distinct priorities 1..n, and the whole within the budget', () => {
    let total = 0;
    for (const applicant of plan.applicants) {
      for (const line of applicant.lines) {
        expect(line.additionalReach).toBeGreaterThanOrEqual(1);
        expect(line.additionalReach).toBeLessThanOrEqual(rates.get(line.indicatorCode)!.maxPerApplicant);
      }
      expect(applicant.lines.map((line) => line.priority).sort((a, b) => a! - b!)).toEqual(applicant.lines.map((_, index) => index + 1));
      for (const mentorship of applicant.mentorships)
        expect(applicant.lines.some((line) => line.indicatorCode.startsWith(`A${String(mentorship.actionNumber).padStart(2, '0')}`))).toBe(
          true,
        );
      total += euroOf(applicant.lines) + applicant.mentorships.length * 10_000;
    }
    expect(total).toBeLessThanOrEqual(BUDGET_EUR);
  });

  it('casts some governments late, some missing, some lagging and exactly one recovery', () => {
    const interim = new Set(plan.applicants.map((applicant) => applicant.interim));
    expect([...interim].sort()).toEqual(['ahead', 'at-risk', 'lagging', 'late', 'missing', 'on-track']);
    expect(plan.applicants.find((applicant) => applicant.governmentCode === plan.recoveryCode)?.annual).toBe('below-target');
    expect(plan.applicants.filter((applicant) => applicant.cofinancing === 'shortfall').length).toBeGreaterThan(0);
  });

  it('is the same plan every time', () => {
    expect(buildDemoPlan(register, actions, 'full', BUDGET_EUR)).toEqual(plan);
  });
});

describe('fitToAmount', () => {
  it('finds reaches within the caps that add up to the amount exactly, or says there are none', () => {
    const lines = [
      { indicatorCode: 'A05', currentReach: 0, additionalReach: 1, priority: 1 },
      { indicatorCode: 'A20', currentReach: 0, additionalReach: 1, priority: 2 },
      { indicatorCode: 'A13-HERKOMST', currentReach: 0, additionalReach: 1, priority: 3 },
      { indicatorCode: 'A02', currentReach: 0, additionalReach: 1, priority: 4 },
    ];
    expect(euroOf(fitToAmount(lines, rates, 100_010, ['A05', 'A20', 'A13-HERKOMST']))).toBe(100_010);
    expect(() => fitToAmount(lines, rates, 10_000_000, ['A05', 'A20', 'A13-HERKOMST'])).toThrow(/no reach/);
  });
});
