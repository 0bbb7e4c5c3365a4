export interface DecideRecoveryCommand {
  recoveryId: string;
  outcome: 'confirmed' | 'waived';
  /** A lower amount than proposed (with a reason); the proposal when left out. */
  amountCents?: number;
  reason?: string;
  decidedBy: string;
}
