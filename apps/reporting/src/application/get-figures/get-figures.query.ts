export interface GetFiguresQuery {
  projectYear: number;
}
