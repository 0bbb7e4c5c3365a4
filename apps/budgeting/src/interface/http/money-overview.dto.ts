import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';
import { MONEY_LEVELS, type MoneyLevel } from '../../application/export-money-overview/export-money-overview.handler.js';
import type { ExportFormat } from '#platform';

const GOVERNMENT_CODE_MESSAGE = 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>';

export class MoneyYearQueryDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;
}

export class MoneyGovernmentsQueryDto extends MoneyYearQueryDto {
  @ApiPropertyOptional({ example: '44021', description: 'Only this government; required for a government officer' })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode?: string;
}

export class GovernmentCodeParamDto {
  @ApiProperty({ example: '44021' }) @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE }) governmentCode: string;
}

export class MoneyExportQueryDto extends MoneyGovernmentsQueryDto {
  @ApiProperty({
    enum: MONEY_LEVELS,
    example: 'government',
    description: 'year, government, action, indicator, or ledger (of governmentCode)',
  })
  @IsIn(MONEY_LEVELS, { message: `level must be one of ${MONEY_LEVELS.join(', ')}` })
  level: MoneyLevel;

  @ApiProperty({ enum: ['xlsx', 'csv'], example: 'xlsx' })
  @IsIn(['xlsx', 'csv'], { message: 'format must be one of xlsx, csv' })
  format: ExportFormat;
}
