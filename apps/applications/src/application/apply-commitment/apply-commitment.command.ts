import type { SubsidyCommittedV2 } from '#contracts';

export interface ApplyCommitmentCommand {
  commitment: SubsidyCommittedV2;
}
