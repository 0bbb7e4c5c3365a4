import type { ApplicationDecidedV1 } from '#contracts';

export interface CommitDecisionCommand {
  decision: ApplicationDecidedV1;
}
