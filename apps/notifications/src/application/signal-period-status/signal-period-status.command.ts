import type { PeriodStatusSummarisedV1 } from '#contracts';

export interface SignalPeriodStatusCommand {
  causeEventId: string;
  summary: PeriodStatusSummarisedV1;
}
