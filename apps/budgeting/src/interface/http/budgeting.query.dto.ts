import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
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

export class ProjectYearParamDto {
  @ApiProperty({ example: 2, description: 'Project year 1, 2 or 3' }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;
}

export class ChangeBudgetDto {
  @ApiProperty({ example: 1_700_000_000, description: 'The new budget of the year, in euro cents; never below what it has committed' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  budgetCents: number;

  @ApiProperty({ example: 'Bijkomende middelen na begrotingsaanpassing', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}
