import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN, PERIOD_CODE_PATTERN } from '#contracts';

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

  @ApiPropertyOptional({ description: 'Why the result is behind, in the words of the government' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  motivation?: string;
}

export class SubmitReportDto {
  @ApiProperty({ example: '44021' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode: string;

  @ApiProperty({ example: 'PJ1-INTERIM' })
  @Matches(PERIOD_CODE_PATTERN, { message: 'periodCode must look like PJ1-INTERIM or PJ1-ANNUAL' })
  periodCode: string;

  @ApiProperty({ type: [ReportLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(28)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ReportLineDto)
  results: ReportLineDto[];
}
