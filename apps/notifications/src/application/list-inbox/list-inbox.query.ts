export interface ListInboxQuery {
  governmentCode: string;
}
