import { publishedFigures, type PublishedFigure } from './published-figures.js';
import type { ReplayProgramme } from './programme-generator.js';

const EUR = 100;

/**
 * The published figures as the generated programme itself adds them up, under the keys of publishedFigures: what the
 * generator's tests compare with the published values. (The replay compares the platform's own figures instead.)
 */
export const programmeTotals = (programme: ReplayProgramme): Map<string, number> => {
  const totals = new Map<string, number>();
  const lines = programme.applications.flatMap((application) => application.lines.map((line) => ({ application, line })));
  const groupSize = (name: string | undefined) => programme.groups.find((group) => group.name === name)?.memberCodes.length ?? 1;
  const target = (line: { currentReach: number; approvedAdditionalReach: number }) => line.currentReach + line.approvedAdditionalReach;
  const on = (actions: number[]) => lines.filter(({ line }) => actions.includes(line.actionNumber));
  const sum = <T>(items: T[], value: (item: T) => number) => items.reduce((total, item) => total + value(item), 0);
  for (const figure of publishedFigures(programme.projectYear, programme.parts)) {
    const [subject, measure] = figure.key.split('.') as [string, string];
    const actions = subject.startsWith('action')
      ? subject
          .replace(/^actions? /, '')
          .split('+')
          .map(Number)
      : [];
    const application = programme.applications.find((candidate) => subject === cityName(candidate.governmentCode));
    let value: number | undefined;
    if (figure.key === 'programme.awardedEur')
      value =
        (sum(lines, ({ line }) => line.amountCents) + sum(programme.applications, (entry) => entry.mentorships.length) * 10_000 * EUR) /
        EUR;
    else if (measure === 'budgetEur') value = sum(on(actions), ({ line }) => line.amountCents) / EUR;
    else if (measure === 'localGovernments')
      value = sum(
        programme.applications.filter((entry) => entry.lines.some((line) => actions.includes(line.actionNumber))),
        (entry) => groupSize(entry.groupName),
      );
    else if (measure === 'planned') value = sum(on(actions), ({ line }) => target(line));
    else if (measure === 'realised') value = sum(on(actions), ({ line }) => line.annual);
    else if (application) value = cityFigure(programme, application, measure);
    if (value !== undefined) totals.set(figure.key, value);
  }
  return totals;
};

const CITY_NAMES: Record<string, string> = { '12025': 'Mechelen', '35013': 'Oostende' };
const cityName = (code: string): string | undefined => CITY_NAMES[code];

const cityFigure = (
  programme: ReplayProgramme,
  application: ReplayProgramme['applications'][number],
  measure: string,
): number | undefined => {
  if (measure === 'actions') return new Set(application.lines.map((line) => line.actionNumber)).size;
  if (measure === 'subsidyEur') return application.lines.reduce((sum, line) => sum + line.amountCents, 0) / EUR;
  if (measure === 'cofinancingEur') return (application.cofinancingCents ?? 0) / EUR;
  if (measure === 'mentorships') return application.mentorships.length;
  const [kind, code] = measure.split(' ') as [string, string];
  if (kind === 'mentorship') return application.mentorships.filter((action) => action === Number(code)).length;
  if (kind === 'mentees')
    return programme.mentees.find((entry) => entry.mentorCode === application.governmentCode && entry.actionNumber === Number(code))
      ?.memberCodes.length;
  if (kind === 'realised')
    return application.lines
      .filter((line) => line.indicatorCode === code || (!/-/.test(code) && line.indicatorCode.startsWith(`${code}-`)))
      .reduce((sum, line) => sum + line.annual, 0);
  return undefined;
};

/** The published figures with what the programme adds up to, for the generator's tests. */
export const compareWithPublished = (programme: ReplayProgramme): { figure: PublishedFigure; total: number | undefined }[] => {
  const totals = programmeTotals(programme);
  return publishedFigures(programme.projectYear, programme.parts).map((figure) => ({ figure, total: totals.get(figure.key) }));
};
