import type { TargetsCommittedV1 } from '#contracts';

export interface CommitSubsidyCommand {
  /** The targets-committed event, kept on the commitment as its cause. */
  causeEventId: string;
  decision: TargetsCommittedV1;
}
