import { createHash } from 'node:crypto';
import catalogueData from '../data/plan-samenleven-catalogue.json' with { type: 'json' };

export interface Indicator {
  code: string;
  unit: string;
  eurPerKpi: number;
  maxPerApplicant: number;
}

export interface Action {
  number: number;
  name: string;
  subsidised: boolean;
  subsidisedFromYear?: number;
  provenance: string;
  indicators: Indicator[];
}

export interface Objective {
  number: number;
  name: string;
  actions: Action[];
}

export interface ReportingPeriod {
  code: string;
  covers: [string, string];
  due: string;
}

export interface ProjectYear {
  year: number;
  start: string;
  end: string;
  programmeBudgetEur: number;
  reportingPeriods: ReportingPeriod[];
}

export interface Stimulus {
  code: string;
  name: string;
  amountEur: number | null;
  cofinancingRequired: boolean;
  note: string;
}

export interface ProgrammeCatalogue {
  objectives: Objective[];
  projectYears: ProjectYear[];
  stimuli: Stimulus[];
  rules: Record<string, string>;
}

/** The programme catalogue, copied as data from shared/data/plan-samenleven-catalogue.json. */
export const programmeCatalogue: ProgrammeCatalogue = catalogueData as unknown as ProgrammeCatalogue;

/**
 * Names the catalogue content that priced a decision: a digest of the data, so any change of a rate
 * or cap gives another version and nobody has to remember to bump a number. Decisions and their events
 * carry it, so a figure can always be traced to the rates it was made under.
 */
export const catalogueVersion = `sha256-${createHash('sha256').update(JSON.stringify(catalogueData)).digest('hex').slice(0, 12)}`;

export interface IndicatorInContext extends Indicator {
  /** The first project year in which the action is subsidised (action 23: from year 2). */
  subsidisedFromYear: number;
  actionNumber: number;
  actionName: string;
  objectiveNumber: number;
  objectiveName: string;
}

const indicators: IndicatorInContext[] = programmeCatalogue.objectives.flatMap((objective) =>
  objective.actions.flatMap((action) =>
    action.indicators.map((indicator) => ({
      ...indicator,
      subsidisedFromYear: action.subsidisedFromYear ?? 1,
      actionNumber: action.number,
      actionName: action.name,
      objectiveNumber: objective.number,
      objectiveName: objective.name,
    })),
  ),
);

const indicatorsByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));

export const allIndicators = (): readonly IndicatorInContext[] => indicators;

export const findIndicator = (code: string): IndicatorInContext | undefined => indicatorsByCode.get(code);

/** The indicator when its action can be funded in that project year; undefined otherwise. */
export const findSubsidisedIndicator = (code: string, projectYear: number): IndicatorInContext | undefined => {
  const indicator = indicatorsByCode.get(code);
  return indicator && projectYear >= indicator.subsidisedFromYear ? indicator : undefined;
};

export const findProjectYear = (year: number): ProjectYear | undefined =>
  programmeCatalogue.projectYears.find((projectYear) => projectYear.year === year);

export const findReportingPeriod = (code: string): (ReportingPeriod & { projectYear: number }) | undefined => {
  for (const projectYear of programmeCatalogue.projectYears) {
    const period = projectYear.reportingPeriods.find((candidate) => candidate.code === code);
    if (period) return { ...period, projectYear: projectYear.year };
  }
  return undefined;
};

export type StimulusKind = 'mentorship' | 'cooperation';

const STIMULUS_CODES: Readonly<Record<StimulusKind, string>> = { mentorship: 'MENTORSHIP', cooperation: 'COOPERATION' };

/** The fixed amount of a stimulus in euro cents, from the catalogue's `stimuli` (EUR 10,000 each, no co-financing). */
export const stimulusAmountCents = (kind: StimulusKind): number => {
  const amountEur = programmeCatalogue.stimuli.find((stimulus) => stimulus.code === STIMULUS_CODES[kind])?.amountEur;
  if (typeof amountEur !== 'number') throw new Error(`the catalogue has no fixed amount for stimulus ${STIMULUS_CODES[kind]}`);
  return amountEur * 100;
};

/** Both stimuli's amounts at once, as allocation and decisions price them. */
export const stimulusAmounts = (): Readonly<Record<StimulusKind, number>> => ({
  mentorship: stimulusAmountCents('mentorship'),
  cooperation: stimulusAmountCents('cooperation'),
});
