import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
  ValidateNested,
} from 'class-validator';
import { allIndicators } from '#catalogue';

const INDICATOR_CODES = allIndicators().map((indicator) => indicator.code);

export class CatalogueQueryDto {
  @ApiProperty({ example: 1, description: 'project year 1, 2 or 3' }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiPropertyOptional({
    example: 'sha256-3f1c2a9b7d10',
    description: 'read the year under this version (e.g. the one an application was priced under); left out: the version in force',
  })
  @IsOptional()
  @Matches(/^sha256-[0-9a-f]{12}$/, { message: 'catalogueVersion must be sha256- and 12 hexadecimal digits' })
  catalogueVersion?: string;
}

export class RateChangeDto {
  @ApiProperty({ example: 'A05', enum: INDICATOR_CODES })
  @IsIn(INDICATOR_CODES, { message: 'indicatorCode must be an indicator of the catalogue (A02, A05, A09-NIEUWKOMERS, ...)' })
  indicatorCode: string;

  // Bounded so that cap x rate in cents stays an exact integer.
  @ApiPropertyOptional({ example: 65, description: 'the new euro per KPI; left out: unchanged' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  eurPerKpi?: number;

  @ApiPropertyOptional({ example: 2250, description: 'the new maximum KPI count per applicant; left out: unchanged' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  maxPerApplicant?: number;
}

export class PublishCatalogueVersionDto {
  @ApiProperty({ example: 2, description: 'the version applies to this project year and the later ones until the next version' })
  @IsInt()
  @Min(1)
  @Max(3)
  fromProjectYear: number;

  @ApiProperty({ example: 'Oefenkans Nederlands: EUR 65 per KPI vanaf projectjaar 2' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note: string;

  @ApiProperty({ type: [RateChangeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INDICATOR_CODES.length)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RateChangeDto)
  changes: RateChangeDto[];
}

export class IndicatorRateResponse {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 65 }) eurPerKpi: number;
  @ApiProperty({ example: 2250 }) maxPerApplicant: number;
}

export class CatalogueVersionResponse {
  @ApiProperty({ example: 'sha256-9a0b1c2d3e4f' }) catalogueVersion: string;
  @ApiProperty({ example: 2 }) fromProjectYear: number;
  @ApiProperty({ example: 'sha256-3f1c2a9b7d10', nullable: true, type: String, description: 'null for the base version' })
  previousVersion: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'null for the base version (the data file)' })
  publishedAt: string | null;
  @ApiProperty({ example: 'Oefenkans Nederlands: EUR 65 per KPI vanaf projectjaar 2' }) note: string;
  @ApiProperty({ type: [IndicatorRateResponse] }) changes: IndicatorRateResponse[];
}

export class CatalogueIndicatorResponse {
  @ApiProperty({ example: 'A05' }) code: string;
  @ApiProperty({ example: 'volwassen anderstalige die deelneemt aan een oefenkans' }) unit: string;
  @ApiProperty({ example: 60 }) eurPerKpi: number;
  @ApiProperty({ example: 2250 }) maxPerApplicant: number;
}

export class CatalogueActionResponse {
  @ApiProperty({ example: 5 }) number: number;
  @ApiProperty({ example: 'Oefenkansen Nederlands' }) name: string;
  @ApiProperty({ example: true, description: 'can be funded in this project year' }) subsidised: boolean;
  @ApiProperty({ example: 1, nullable: true, type: Number, description: 'null: never subsidised here (actions 1, 3, 4, 12)' })
  subsidisedFromYear: number | null;
  @ApiProperty({ example: 'confirmed', enum: ['confirmed', 'inferred'] }) provenance: string;
  @ApiProperty({ type: [CatalogueIndicatorResponse] }) indicators: CatalogueIndicatorResponse[];
}

export class CatalogueObjectiveResponse {
  @ApiProperty({ example: 2 }) number: number;
  @ApiProperty({ example: 'Nederlands' }) name: string;
  @ApiProperty({ type: [CatalogueActionResponse] }) actions: CatalogueActionResponse[];
}

export class ReportingPeriodResponse {
  @ApiProperty({ example: 'PJ1-INTERIM' }) code: string;
  @ApiProperty({ example: ['2022-10-01', '2023-03-31'], type: [String] }) covers: [string, string];
  @ApiProperty({ example: '2023-04-15' }) due: string;
}

export class CatalogueResponse {
  @ApiProperty({ example: 'sha256-3f1c2a9b7d10' }) catalogueVersion: string;
  @ApiProperty({ example: 1 }) versionFromProjectYear: number;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: '2022-10-01' }) start: string;
  @ApiProperty({ example: '2023-09-30' }) end: string;
  @ApiProperty({ type: [ReportingPeriodResponse] }) reportingPeriods: ReportingPeriodResponse[];
  @ApiProperty({ example: 'Reference catalogue of Plan Samenleven ...' }) about: string;
  @ApiProperty({ example: ['vlaanderen.be/plan-samenleven/doelstellingen-en-acties'], type: [String] }) sources: string[];
  @ApiProperty({ type: [CatalogueObjectiveResponse] }) objectives: CatalogueObjectiveResponse[];
}
