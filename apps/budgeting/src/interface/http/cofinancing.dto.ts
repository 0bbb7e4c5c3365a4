import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';

const GOVERNMENT_CODE_MESSAGE = 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>';

export class CofinancingParamsDto {
  @ApiProperty({ example: '44021' }) @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE }) governmentCode: string;
  @ApiProperty({ example: 1, description: 'Project year 1, 2 or 3' }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;
}

export class DeclareCofinancingDto {
  @ApiProperty({ example: 9_000_000, description: 'What the government invests itself in the project year, in euro cents' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  declaredCents: number;

  @ApiProperty({ example: 'Eigen middelen, budget Samenleven 2022', maxLength: 300, description: 'Where the money comes from' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  source: string;
}

export class CofinancingQueryDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiPropertyOptional({ example: '44021', description: 'Only this government; required for a government officer' })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    example: 'true',
    description: 'Only shortfalls and governments that declared nothing yet',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  shortfallOnly?: 'true' | 'false';
}
