import { Injectable } from '@nestjs/common';
import { OverdueReturnsListener, type OverdueReturn } from '../fire-deadlines/overdue-returns.listener.js';
import { MarkNotReportedHandler } from './mark-not-reported.handler.js';

/** A return became overdue: the target check marks the government's unreported indicators of the period not-reported. */
@Injectable()
export class MarkNotReportedOnOverdue extends OverdueReturnsListener {
  constructor(private readonly markNotReported: MarkNotReportedHandler) {
    super();
  }

  async returnBecameOverdue(overdue: OverdueReturn): Promise<void> {
    await this.markNotReported.execute({ governmentCode: overdue.governmentCode, periodCode: overdue.periodCode });
  }
}
