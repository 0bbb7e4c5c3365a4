/** One instalment by id, or every due instalment of a year (of one government when named). */
export type ReleasePaymentsCommand =
  { paymentId: string; releasedBy: string } | { projectYear: number; governmentCode?: string; releasedBy: string };
