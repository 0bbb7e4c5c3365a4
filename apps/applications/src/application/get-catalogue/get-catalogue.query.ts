export interface GetCatalogueQuery {
  projectYear: number;
  /** A version to read the year under (e.g. the one an application was priced under); left out: the version in force. */
  catalogueVersion?: string;
}
