export interface GetAllocationProposalQuery {
  callId: string;
}
