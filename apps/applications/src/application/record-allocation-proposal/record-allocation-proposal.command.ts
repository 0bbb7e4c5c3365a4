import type { AllocationProposedV1 } from '#contracts';

export interface RecordAllocationProposalCommand {
  proposal: AllocationProposedV1;
}
