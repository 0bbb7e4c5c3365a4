export interface GetStatusesQuery {
  governmentCode: string;
  projectYear: number;
}
