import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN, PERIOD_CODE_PATTERN } from '#contracts';
import { REVIEW_OUTCOMES, type ReviewOutcome } from '../../domain/report-review.js';

export class ReportLineDto {
  @ApiProperty({ example: 'A05' })
  @Matches(INDICATOR_CODE_PATTERN, { message: 'indicatorCode must look like A05 or A09-NIEUWKOMERS' })
  indicatorCode: string;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Total achieved so far; null is a deliberate "nil" report, which differs from 0',
    example: 600,
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  achieved: number | null;

  @ApiPropertyOptional({
    description:
      'Why the result is behind, in the words of the government: required on an annual report below target, asked for ' +
      '(a warning) on an interim report below 25% of the target',
    example: 'Opstart vertraagd door aanwerving van de coördinator.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  motivation?: string;
}

/** A government and one of its reporting periods: a report's, or a draft's path. */
export class GovernmentPeriodDto {
  @ApiProperty({ example: '44021' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode: string;

  @ApiProperty({ example: 'PJ1-INTERIM' })
  @Matches(PERIOD_CODE_PATTERN, { message: 'periodCode must look like PJ1-INTERIM or PJ1-ANNUAL' })
  periodCode: string;
}

export class SubmitReportDto extends GovernmentPeriodDto {
  @ApiProperty({ type: [ReportLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(28)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ReportLineDto)
  results: ReportLineDto[];
}

export class ReviewCommentDto {
  @ApiProperty({ example: 'A05' })
  @Matches(INDICATOR_CODE_PATTERN, { message: 'indicatorCode must look like A05 or A09-NIEUWKOMERS' })
  indicatorCode: string;

  @ApiProperty({ example: 'Graag de telling per lessenreeks toelichten.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  comment: string;
}

export class ReviewReportDto {
  @ApiProperty({ enum: REVIEW_OUTCOMES, example: 'changes-requested' })
  @IsIn(REVIEW_OUTCOMES)
  outcome: ReviewOutcome;

  @ApiProperty({ type: [ReviewCommentDto], description: 'Required for changes-requested: what to change, per indicator of the report' })
  @IsArray()
  @ArrayMaxSize(28)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ReviewCommentDto)
  comments: ReviewCommentDto[];

  @ApiPropertyOptional({
    type: [String],
    example: ['A05'],
    description:
      'Only with outcome accepted: the indicators (of the reviewed version, carrying a motivation) whose motivation ABB does not ' +
      'accept. Every other motivation of an accepted version counts as accepted; on changes-requested none is judged.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(28)
  @Matches(INDICATOR_CODE_PATTERN, { each: true, message: 'motivationsNotAccepted must list indicator codes like A05 or A09-NIEUWKOMERS' })
  motivationsNotAccepted?: string[];
}

export class ClearAtRiskFlagDto {
  @ApiProperty({ example: true, description: "ABB evaluated the government's motivation positively (only that clears the flag)" })
  @IsBoolean()
  motivationAccepted: boolean;

  @ApiProperty({ example: 'Opstart vertraagd door aanwerving; inhaalplan voor het voorjaar is overtuigend.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason: string;
}

export class ReportsQueryDto {
  @ApiPropertyOptional({ example: '44021', description: 'left out: every government (ABB only)' })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode?: string;

  @ApiPropertyOptional({ example: 'PJ1-INTERIM', description: 'left out: every period' })
  @IsOptional()
  @Matches(PERIOD_CODE_PATTERN, { message: 'periodCode must look like PJ1-INTERIM or PJ1-ANNUAL' })
  periodCode?: string;
}
