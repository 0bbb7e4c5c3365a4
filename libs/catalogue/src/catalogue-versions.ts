import { createHash } from 'node:crypto';
import { programmeCatalogue, type Action, type Indicator, type Objective, type ProgrammeCatalogue } from './catalogue.js';

/** What a catalogue version may change about an indicator: its rate and its cap per applicant. */
export interface IndicatorRate {
  indicatorCode: string;
  eurPerKpi: number;
  maxPerApplicant: number;
}

/** An indicator of one catalogue version, with where it sits and from which project year its action is funded. */
export interface VersionedIndicator extends Indicator {
  actionNumber: number;
  objectiveNumber: number;
  /** null: the action is financed by other instruments and never subsidised here (actions 1, 3, 4, 12). */
  subsidisedFromYear: number | null;
}

/**
 * The digest that names a catalogue's content, the way `catalogueVersion` names the data file: the same
 * content always gives the same name, any changed rate or cap another one.
 */
export const digestCatalogue = (catalogue: ProgrammeCatalogue): string =>
  `sha256-${createHash('sha256').update(JSON.stringify(catalogue)).digest('hex').slice(0, 12)}`;

/** The first project year an action is funded in, or null when it never is. */
export const actionSubsidisedFromYear = (action: Action): number | null => (action.subsidised ? (action.subsidisedFromYear ?? 1) : null);

export const isSubsidisedInYear = (action: Action, projectYear: number): boolean => {
  const fromYear = actionSubsidisedFromYear(action);
  return fromYear !== null && projectYear >= fromYear;
};

/** Every indicator's rate and cap, in catalogue order. */
export const ratesOf = (catalogue: ProgrammeCatalogue): IndicatorRate[] =>
  catalogue.objectives.flatMap((objective) =>
    objective.actions.flatMap((action) =>
      action.indicators.map(({ code, eurPerKpi, maxPerApplicant }) => ({ indicatorCode: code, eurPerKpi, maxPerApplicant })),
    ),
  );

/**
 * The catalogue with these rates and caps, everything else (names, order, years) as it was, so its digest
 * differs from the original exactly when a rate or cap does. Rates of indicators the catalogue lacks are refused.
 */
export const withRates = (catalogue: ProgrammeCatalogue, rates: readonly IndicatorRate[]): ProgrammeCatalogue => {
  const byCode = new Map(rates.map((rate) => [rate.indicatorCode, rate]));
  const known = new Set(ratesOf(catalogue).map((rate) => rate.indicatorCode));
  const unknown = [...byCode.keys()].filter((code) => !known.has(code));
  if (unknown.length > 0) throw new RangeError(`not indicators of the catalogue: ${unknown.join(', ')}`);
  const indicator = (original: Indicator): Indicator => {
    const rate = byCode.get(original.code);
    return rate === undefined ? original : { ...original, eurPerKpi: rate.eurPerKpi, maxPerApplicant: rate.maxPerApplicant };
  };
  const objective = (original: Objective): Objective => ({
    ...original,
    actions: original.actions.map((action) => ({ ...action, indicators: action.indicators.map(indicator) })),
  });
  return { ...catalogue, objectives: catalogue.objectives.map(objective) };
};

/** The indicators of a catalogue, each with its action, objective and first funded year, in catalogue order. */
export const versionedIndicators = (catalogue: ProgrammeCatalogue): VersionedIndicator[] =>
  catalogue.objectives.flatMap((objective) =>
    objective.actions.flatMap((action) =>
      action.indicators.map((indicator) => ({
        ...indicator,
        actionNumber: action.number,
        objectiveNumber: objective.number,
        subsidisedFromYear: actionSubsidisedFromYear(action),
      })),
    ),
  );

/** The indicators a catalogue funds in a project year (action 23 only from year 2; actions 1, 3, 4, 12 never). */
export const subsidisedIndicatorsOf = (catalogue: ProgrammeCatalogue, projectYear: number): VersionedIndicator[] =>
  versionedIndicators(catalogue).filter(
    (indicator) => indicator.subsidisedFromYear !== null && projectYear >= indicator.subsidisedFromYear,
  );

/** The catalogue of the data file: every version ABB publishes derives from it. */
export const baseCatalogueRates = (): IndicatorRate[] => ratesOf(programmeCatalogue);

/** Where the catalogue's data comes from, as its data file says. */
export interface CatalogueProvenance {
  about: string;
  sources: string[];
}

const described = programmeCatalogue as ProgrammeCatalogue & Partial<CatalogueProvenance>;

export const catalogueProvenance: CatalogueProvenance = { about: described.about ?? '', sources: [...(described.sources ?? [])] };
