import type { IndicatorStatusChangedV1 } from '#contracts';

export interface NotifyStatusChangeCommand {
  causeEventId: string;
  change: IndicatorStatusChangedV1;
}
