import type { CommitmentRefusedV1 } from '#contracts';

export interface ApplyCommitmentRefusalCommand {
  refusal: CommitmentRefusedV1;
}
