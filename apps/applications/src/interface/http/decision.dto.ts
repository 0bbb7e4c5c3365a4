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
  MinLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { INDICATOR_CODE_PATTERN } from '#contracts';

export class DecisionLineDto {
  @ApiProperty({ example: 'A05' })
  @Matches(INDICATOR_CODE_PATTERN, { message: 'indicatorCode must look like A05 or A09-NIEUWKOMERS' })
  indicatorCode: string;

  @ApiProperty({ description: 'Approved additional reach (KPI): at most what was requested; 0 rejects the line', example: 1200 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  approvedAdditionalReach: number;

  @ApiPropertyOptional({
    description: 'A lower award than approved x euro per KPI, in euro cents (needs a reason); leave out to pay approved x rate',
    example: 7000000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000_000)
  amountCents?: number;

  @ApiPropertyOptional({
    description: 'Why fewer KPI, a rejection or a lower award (Dutch)',
    example: 'Budget actie 5 volstaat niet voor meer.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class StimulusDecisionDto {
  @ApiProperty({ enum: ['mentorship', 'cooperation'], example: 'mentorship' })
  @IsIn(['mentorship', 'cooperation'])
  kind: 'mentorship' | 'cooperation';

  @ApiPropertyOptional({ description: 'The action of a mentorship', example: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  actionNumber?: number;

  @ApiPropertyOptional({ description: 'The partner of a cooperation (NIS code)', example: '44083' })
  @IsOptional()
  @Matches(/^[0-9]{5}$/, { message: 'partnerCode must be a 5-digit NIS code' })
  partnerCode?: string;

  @ApiProperty({ example: true }) @IsBoolean() granted: boolean;
}

export class DecisionDto {
  @ApiProperty({ type: [DecisionLineDto], description: 'Every requested line, once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DecisionLineDto)
  lines: DecisionLineDto[];

  @ApiPropertyOptional({ type: [StimulusDecisionDto], description: 'Every requested mentorship and cooperation, once; default none' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => StimulusDecisionDto)
  stimuli?: StimulusDecisionDto[];
}

export class AmendedLineDto {
  @ApiProperty({ example: 'A05' })
  @Matches(INDICATOR_CODE_PATTERN, { message: 'indicatorCode must look like A05 or A09-NIEUWKOMERS' })
  indicatorCode: string;

  @ApiProperty({ description: 'The new approved additional reach, 0..cap per applicant', example: 1000 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  approvedAdditionalReach: number;
}

export class RequestAmendmentDto {
  @ApiProperty({ type: [AmendedLineDto], description: 'Only the lines that change' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AmendedLineDto)
  lines: AmendedLineDto[];

  @ApiProperty({ example: 'De lessen starten pas in het najaar; minder deelnemers haalbaar.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class RejectAmendmentDto {
  @ApiProperty({ example: 'De gevraagde verhoging past niet in het budget van dit jaar.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment: string;
}

/** A body that must be empty (`{}`): any field is refused. */
export class EmptyBodyDto {}
