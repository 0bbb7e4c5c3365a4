import { Type } from 'class-transformer';
import { IsInt, IsObject, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from './common.js';
import { GrantedStimulusV1 } from './application-decided.v1.js';

export class CommittedLineV2 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(0) approvedAdditionalReach: number;
  @IsInt() @Min(0) amountCents: number;
}

/** Budgeting committed a decision revision within the year's budget. */
export class SubsidyCommittedV2 {
  @IsUUID() decisionId: string;
  @IsUUID() applicationId: string;
  @IsInt() @Min(1) revision: number;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /** What the application has committed now, in total (lines + stimuli). */
  @IsInt() @Min(0) committedCents: number;
  /** The change against the previous revision (the whole amount for revision 1; negative when an amendment lowers it). */
  @IsInt() deltaCents: number;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => CommittedLineV2) lines: CommittedLineV2[];
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => GrantedStimulusV1) stimuli: GrantedStimulusV1[];
  /** The year's committed total after this commitment: never above the budget. */
  @IsInt() @Min(0) yearCommittedCents: number;
  @IsInt() @Min(0) budgetCents: number;
}

export const subsidyCommittedV2 = defineEvent({
  type: 'budgeting.subsidy-committed',
  version: 2,
  topic: TOPICS.budgeting,
  producer: 'budgeting',
  description:
    'Budgeting committed a decided application (or an amendment) within the programme budget of its year, in euro cents; ' +
    'applications then commits the targets.',
  payloadClass: SubsidyCommittedV2,
  example: {
    decisionId: '3c1f5e2a-8b7d-4c6e-9f0a-1b2c3d4e5f60',
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    revision: 1,
    governmentCode: '44021',
    projectYear: 1,
    committedCents: 10000000,
    deltaCents: 10000000,
    lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1500, amountCents: 9000000 }],
    stimuli: [{ kind: 'mentorship', actionNumber: 5, partnerCode: null, amountCents: 1000000 }],
    yearCommittedCents: 10000000,
    budgetCents: 1413635900,
  },
});
