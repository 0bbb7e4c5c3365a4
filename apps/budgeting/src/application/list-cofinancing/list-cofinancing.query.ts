export interface ListCofinancingQuery {
  projectYear: number;
  governmentCode?: string;
  /** Only governments whose declaration falls short or who declared nothing yet. */
  shortfallOnly?: boolean;
}
