import { IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/** Budgeting could not commit a decision revision: it would take the year over its budget. Nothing was booked. */
export class CommitmentRefusedV1 {
  @IsUUID() decisionId: string;
  @IsUUID() applicationId: string;
  @IsInt() @Min(1) revision: number;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /** What the revision would add to the year's commitments. */
  @IsInt() requestedDeltaCents: number;
  /** Budget minus what the year has committed already. */
  @IsInt() availableCents: number;
  @IsString() @MaxLength(500) reason: string;
}

export const commitmentRefusedV1 = defineEvent({
  type: 'budgeting.commitment-refused',
  version: 1,
  topic: TOPICS.budgeting,
  producer: 'budgeting',
  description: 'Budgeting refused to commit a decided application (or amendment) because the year’s budget does not cover it.',
  payloadClass: CommitmentRefusedV1,
  example: {
    decisionId: '3c1f5e2a-8b7d-4c6e-9f0a-1b2c3d4e5f60',
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    revision: 1,
    governmentCode: '44021',
    projectYear: 1,
    requestedDeltaCents: 10000000,
    availableCents: 4000000,
    reason: 'Het budget van projectjaar 1 volstaat niet: EUR 100.000,00 gevraagd, EUR 40.000,00 beschikbaar.',
  },
});
