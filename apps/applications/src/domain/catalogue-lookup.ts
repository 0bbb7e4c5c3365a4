/** An indicator as a catalogue version prices it for one project year. */
export interface PricedIndicator {
  code: string;
  actionNumber: number;
  objectiveNumber: number;
  unit: string;
  eurPerKpi: number;
  maxPerApplicant: number;
}

/**
 * Which catalogue version a project year uses now, and what it prices. Calls, applications and decisions
 * ask this port, never the static catalogue, so a version ABB publishes for a later year reaches them and
 * earlier years keep theirs.
 */
export abstract class CatalogueLookup {
  /** The version new calls of that project year are opened under. */
  abstract currentVersion(projectYear: number): Promise<string>;
  /** The subsidisable indicators of a version in a project year (action 23 only from year 2; actions 1, 3, 4, 12 never). */
  abstract subsidisedIndicators(version: string, projectYear: number): Promise<ReadonlyMap<string, PricedIndicator>>;
}
