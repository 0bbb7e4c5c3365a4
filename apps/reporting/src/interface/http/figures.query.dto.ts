import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN, PERIOD_CODE_PATTERN } from '#contracts';
import { BEHIND_STATUSES, type BehindStatus } from '../../application/list-behind/list-behind.query.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../application/export-figures/export-figures.query.js';
import { FIGURE_VIEW_LEVELS, type FigureViewLevel } from '../../application/get-figures/get-figures.query.js';

export class FiguresQueryDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiPropertyOptional({
    enum: FIGURE_VIEW_LEVELS,
    default: 'indicator',
    example: 'action',
    description:
      'indicator, action, objective or year: one row per indicator, action, objective or the whole year; ' +
      'government: one row per government',
  })
  @IsOptional()
  @IsIn(FIGURE_VIEW_LEVELS, { message: `level must be one of ${FIGURE_VIEW_LEVELS.join(', ')}` })
  level?: FigureViewLevel;

  @ApiPropertyOptional({ example: '44021', description: "only this government's own figures; required for a government officer" })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode?: string;
}

export class FiguresExportQueryDto extends FiguresQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS, example: 'xlsx' })
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format: ExportFormat;
}

export class StatusesQueryDto {
  @ApiProperty({ example: '44021' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode: string;

  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;
}

export class BehindQueryDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiPropertyOptional({ enum: BEHIND_STATUSES, example: 'lagging', description: 'only rows with this status' })
  @IsOptional()
  @IsIn(BEHIND_STATUSES, { message: `status must be one of ${BEHIND_STATUSES.join(', ')}` })
  status?: BehindStatus;

  @ApiPropertyOptional({ example: 'A05' })
  @IsOptional()
  @Matches(INDICATOR_CODE_PATTERN, { message: 'indicatorCode must look like A05 or A05-X' })
  indicatorCode?: string;

  @ApiPropertyOptional({ example: 'PJ1-INTERIM' })
  @IsOptional()
  @Matches(PERIOD_CODE_PATTERN, { message: 'periodCode must look like PJ1-INTERIM or PJ1-ANNUAL' })
  periodCode?: string;
}
