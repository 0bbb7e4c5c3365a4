import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';

export class CommitmentsQueryDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiPropertyOptional({ example: '44021', description: 'Only this government; required for a government officer' })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode?: string;
}

export class BudgetQueryDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;
}
