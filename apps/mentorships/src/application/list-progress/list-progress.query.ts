export interface ListProgressQuery {
  governmentCode: string;
}
