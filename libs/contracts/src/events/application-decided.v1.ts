import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from './common.js';

export class DecidedLineV1 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(0) currentReach: number;
  @IsInt() @Min(0) requestedAdditionalReach: number;
  /** 0 for a rejected line. */
  @IsInt() @Min(0) approvedAdditionalReach: number;
  /** current reach + approved additional reach: what the government reports its total against. */
  @IsInt() @Min(0) target: number;
  @IsInt() @Min(0) eurPerKpi: number;
  /** approved additional reach x rate, or the lower amount ABB awarded. */
  @IsInt() @Min(0) amountCents: number;
  /** Why ABB approved fewer, rejected, or awarded less than KPI x rate; null when approved as requested. */
  @ValidateIf((_, value) => value !== null) @IsString() @MaxLength(2000) reason: string | null;
}

export class GrantedStimulusV1 {
  @Matches(/^(mentorship|cooperation)$/) kind: 'mentorship' | 'cooperation';
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(1) @Max(24) actionNumber: number | null;
  @ValidateIf((_, value) => value !== null) @Matches(/^[0-9]{5}$/) partnerCode: string | null;
  @IsInt() @Min(0) amountCents: number;
}

/** ABB's decision on one application, or an accepted amendment of it (revision > 1); budgeting commits it or refuses. */
export class ApplicationDecidedV1 {
  @IsUUID() decisionId: string;
  @IsUUID() applicationId: string;
  /** 1 for the decision; each accepted amendment is the next revision, replacing the previous one. */
  @IsInt() @Min(1) revision: number;
  @ValidateIf((_, value) => value !== null) @IsUUID() amendmentId: string | null;
  @IsUUID() callId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @ValidateIf((_, value) => value !== null) @Matches(GOVERNMENT_CODE_PATTERN) groupCode: string | null;
  @ArrayMinSize(1) @Matches(GOVERNMENT_CODE_PATTERN, { each: true }) memberCodes: string[];
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsString() @MinLength(1) @MaxLength(80) catalogueVersion: string;
  /** Belgian IBAN of the application, where budgeting pays. */
  @Matches(/^BE[0-9]{14}$/) iban: string;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => DecidedLineV1) @ArrayMinSize(1) lines: DecidedLineV1[];
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => GrantedStimulusV1) stimuli: GrantedStimulusV1[];
  @IsInt() @Min(0) linesCents: number;
  @IsInt() @Min(0) stimuliCents: number;
  /** linesCents + stimuliCents: what this revision commits in total. */
  @IsInt() @Min(0) totalCents: number;
  @IsISO8601() decidedAt: string;
}

export const decidedExample: ApplicationDecidedV1 = {
  decisionId: '3c1f5e2a-8b7d-4c6e-9f0a-1b2c3d4e5f60',
  applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  revision: 1,
  amendmentId: null,
  callId: '7d444840-9dc0-11d1-b245-5ffdce74fad2',
  governmentCode: '44021',
  groupCode: null,
  memberCodes: ['44021'],
  projectYear: 1,
  catalogueVersion: 'sha256-3f1c2a9b7d10',
  iban: 'BE68539007547034',
  lines: [
    {
      indicatorCode: 'A05',
      currentReach: 500,
      requestedAdditionalReach: 1500,
      approvedAdditionalReach: 1500,
      target: 2000,
      eurPerKpi: 60,
      amountCents: 9000000,
      reason: null,
    },
  ],
  stimuli: [{ kind: 'mentorship', actionNumber: 5, partnerCode: null, amountCents: 1000000 }],
  linesCents: 9000000,
  stimuliCents: 1000000,
  totalCents: 10000000,
  decidedAt: '2022-09-15T09:00:00.000Z',
};

export const applicationDecidedV1 = defineEvent({
  type: 'applications.application-decided',
  version: 1,
  topic: TOPICS.applications,
  producer: 'applications',
  description:
    'ABB decided an application (or accepted an amendment: revision > 1). Not final until budgeting commits it: ' +
    'budgeting answers subsidy-committed v2 or commitment-refused, and only then are targets committed.',
  payloadClass: ApplicationDecidedV1,
  example: decidedExample,
});
