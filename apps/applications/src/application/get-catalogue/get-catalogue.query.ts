export interface GetCatalogueQuery {
  projectYear: number;
}
