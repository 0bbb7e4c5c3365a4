import type { CallClosedV1 } from '#contracts';

export interface RecordCallClosureCommand {
  closure: CallClosedV1;
}
