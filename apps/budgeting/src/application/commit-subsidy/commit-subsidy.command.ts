import type { TargetsCommittedV2 } from '#contracts';

export interface CommitSubsidyCommand {
  /** The targets-committed event, kept on the commitment as its cause. */
  causeEventId: string;
  decision: TargetsCommittedV2;
}
