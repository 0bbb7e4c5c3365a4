export interface ListInboxQuery {
  /** The inbox: a government's code, or `abb`. */
  inbox: string;
}

export interface SearchDeliveriesQuery {
  governmentCode?: string;
  kind?: string;
  /** Queued at or after. */
  from?: Date;
  /** Queued before. */
  to?: Date;
}
