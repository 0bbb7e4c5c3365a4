/** An expected return whose due date passed without a report. */
export interface OverdueReturn {
  governmentCode: string;
  projectYear: number;
  periodCode: string;
  /** The due date (YYYY-MM-DD). */
  due: string;
  /** Programme time at which the platform saw the due date pass. */
  overdueAt: Date;
}

/**
 * What else happens when a return becomes overdue, inside the same unit of work as the return-overdue event (so it
 * commits with it, once): the target check marks the government's indicators not-reported for the period. Provided
 * under this class (the module binds MarkNotReportedOnOverdue), so deadlines do not depend on the target check's code.
 */
export abstract class OverdueReturnsListener {
  abstract returnBecameOverdue(overdue: OverdueReturn): Promise<void>;
}
