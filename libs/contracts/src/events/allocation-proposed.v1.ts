import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from './common.js';

export const FUNDING_OUTCOMES = ['full', 'partial', 'none'] as const;
export type FundingOutcome = (typeof FUNDING_OUTCOMES)[number];

export class ProposedLineV1 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(1) priority: number | null;
  @IsInt() @Min(0) requestedAdditionalReach: number;
  /** Whole KPIs the budget allows: all of them, some (the line where the money ran out), or none. */
  @IsInt() @Min(0) proposedAdditionalReach: number;
  @IsInt() @Min(0) eurPerKpi: number;
  @IsInt() @Min(0) proposedCents: number;
  @IsIn(FUNDING_OUTCOMES) outcome: FundingOutcome;
  /** Why, in a sentence ABB can read out (Dutch). */
  @IsString() @MaxLength(500) reason: string;
}

export class ProposedStimulusV1 {
  @IsIn(['mentorship', 'cooperation']) kind: 'mentorship' | 'cooperation';
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(1) @Max(24) actionNumber: number | null;
  @ValidateIf((_, value) => value !== null) @Matches(/^[0-9]{5}$/) partnerCode: string | null;
  @IsInt() @Min(0) proposedCents: number;
  @IsIn(FUNDING_OUTCOMES) outcome: FundingOutcome;
  @IsString() @MaxLength(500) reason: string;
}

export class ProposedApplicationV1 {
  @IsUUID() applicationId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ProposedLineV1) lines: ProposedLineV1[];
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ProposedStimulusV1) stimuli: ProposedStimulusV1[];
  @IsInt() @Min(0) linesCents: number;
  @IsInt() @Min(0) stimuliCents: number;
}

export class AllocationProposedV1 {
  @IsUUID() proposalId: string;
  @IsUUID() callId: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /** The programme budget of the year when the proposal was made. */
  @IsInt() @Min(0) budgetCents: number;
  /** Budget minus what was already committed in the year before this call: what the proposal may spend. */
  @IsInt() @Min(0) availableCents: number;
  /** Names the documented allocation rule (README) the proposal followed. */
  @IsString() @MaxLength(80) rule: string;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ProposedApplicationV1) applications: ProposedApplicationV1[];
  @IsInt() @Min(0) requestedCents: number;
  @IsInt() @Min(0) linesCents: number;
  @IsInt() @Min(0) stimuliCents: number;
  @IsISO8601() proposedAt: string;
}

export const allocationProposedV1 = defineEvent({
  type: 'budgeting.allocation-proposed',
  version: 1,
  topic: TOPICS.budgeting,
  keyField: 'callId',
  producer: 'budgeting',
  description:
    'Budgeting proposed how to allocate the available budget over every submitted application of a closed call, ' +
    'line by line (funded fully, partly or not, and why), with stimuli counted separately.',
  payloadClass: AllocationProposedV1,
  example: {
    proposalId: '9b2e7c1a-4d3f-4e5a-9b6c-1d2e3f4a5b6c',
    callId: '7d444840-9dc0-11d1-b245-5ffdce74fad2',
    projectYear: 1,
    budgetCents: 1413635900,
    availableCents: 1413635900,
    rule: 'priority-rounds-v1',
    applications: [
      {
        applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
        governmentCode: '44021',
        lines: [
          {
            indicatorCode: 'A05',
            priority: 1,
            requestedAdditionalReach: 1500,
            proposedAdditionalReach: 1500,
            eurPerKpi: 60,
            proposedCents: 9000000,
            outcome: 'full',
            reason: 'Volledig gefinancierd: alle aanvragen passen binnen het budget.',
          },
        ],
        stimuli: [
          {
            kind: 'mentorship',
            actionNumber: 5,
            partnerCode: null,
            proposedCents: 1000000,
            outcome: 'full',
            reason: 'Mentorschap: vast bedrag.',
          },
        ],
        linesCents: 9000000,
        stimuliCents: 1000000,
      },
    ],
    requestedCents: 9000000,
    linesCents: 9000000,
    stimuliCents: 1000000,
    proposedAt: '2022-07-16T08:00:00.000Z',
  },
});
