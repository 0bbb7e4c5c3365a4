import type { ApprovedLine } from '../../domain/decision.js';

export interface DecideApplicationCommand {
  governmentCode: string;
  projectYear: number;
  targets: ApprovedLine[];
}
