import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsBoolean,
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

export class RequestedLineV1 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsInt() @Min(0) currentReach: number;
  /** 0..cap: the planned additional reach (KPI), the only part that is subsidised. */
  @IsInt() @Min(0) additionalReach: number;
  /** 1..n over the lines with additional reach > 0, distinct; null for a line with 0 additional reach. */
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(1) priority: number | null;
  /** The rate of the call's catalogue version. */
  @IsInt() @Min(0) eurPerKpi: number;
  /** additionalReach x eurPerKpi, in euro cents. */
  @IsInt() @Min(0) requestedCents: number;
}

export class MentorshipRequestV1 {
  /** The action the applicant offers to mentor other governments on; it applies for that action. */
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsString() @MinLength(1) @MaxLength(4000) motivation: string;
}

export class CooperationRequestV1 {
  /** The smaller government the applicant cooperates with. */
  @Matches(/^[0-9]{5}$/) partnerCode: string;
  @IsString() @MinLength(1) @MaxLength(4000) motivation: string;
}

export class SocialImpactBondV1 {
  @IsBoolean() intended: boolean;
  @IsString() @MaxLength(4000) text: string;
}

export class RequestedStimuliV1 {
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => MentorshipRequestV1) mentorships: MentorshipRequestV1[];
  @ValidateIf((_, value) => value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => CooperationRequestV1)
  cooperation: CooperationRequestV1 | null;
  @IsObject() @ValidateNested() @Type(() => SocialImpactBondV1) socialImpactBond: SocialImpactBondV1;
}

export class ApplicationSubmittedV1 {
  @IsUUID() applicationId: string;
  @IsUUID() callId: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /**
   * The applicant: a municipality, VGC or vzw de Rand; for a group, its lead, which applies, receives the
   * money and reports for the whole group (every later event about the application is keyed by this code).
   */
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  /** The group the lead applies for (GROUP-...), null for a government applying alone. */
  @ValidateIf((_, value) => value !== null) @Matches(GOVERNMENT_CODE_PATTERN) groupCode: string | null;
  /** The governments the application covers (the group's members, or the applicant alone). */
  @ArrayMinSize(1) @Matches(GOVERNMENT_CODE_PATTERN, { each: true }) memberCodes: string[];
  @IsString() @MinLength(1) @MaxLength(80) catalogueVersion: string;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => RequestedLineV1) @ArrayMinSize(1) lines: RequestedLineV1[];
  @IsObject() @ValidateNested() @Type(() => RequestedStimuliV1) stimuli: RequestedStimuliV1;
  /** Sum of the lines' requested cents (stimuli are counted separately). */
  @IsInt() @Min(0) requestedCents: number;
  @IsISO8601() submittedAt: string;
}

export const applicationSubmittedV1 = defineEvent({
  type: 'applications.application-submitted',
  version: 1,
  topic: TOPICS.applications,
  producer: 'applications',
  description:
    'A government submitted its application to a call: requested lines with priorities and amounts in euro cents, ' +
    'requested stimuli, under the call’s catalogue version.',
  payloadClass: ApplicationSubmittedV1,
  example: {
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    callId: '7d444840-9dc0-11d1-b245-5ffdce74fad2',
    projectYear: 1,
    governmentCode: '44021',
    groupCode: null,
    memberCodes: ['44021'],
    catalogueVersion: 'sha256-3f1c2a9b7d10',
    lines: [
      {
        indicatorCode: 'A05',
        actionNumber: 5,
        currentReach: 500,
        additionalReach: 1500,
        priority: 1,
        eurPerKpi: 60,
        requestedCents: 9000000,
      },
    ],
    stimuli: {
      mentorships: [{ actionNumber: 5, motivation: 'Gent begeleidt al tien jaar oefenkansen Nederlands.' }],
      cooperation: null,
      socialImpactBond: { intended: false, text: '' },
    },
    requestedCents: 9000000,
    submittedAt: '2022-07-01T10:00:00.000Z',
  },
});
