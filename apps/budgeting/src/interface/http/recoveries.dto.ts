import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';

export class RecoveriesQueryDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiPropertyOptional({ example: '44021', description: 'Only this government; required for a government officer' })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode?: string;

  @ApiPropertyOptional({ enum: ['proposed', 'confirmed', 'waived'], example: 'proposed' })
  @IsOptional()
  @IsIn(['proposed', 'confirmed', 'waived'])
  status?: 'proposed' | 'confirmed' | 'waived';
}

export class RecoveryIdParamDto {
  @ApiProperty({ format: 'uuid', example: '8d3e2f1a-6b5c-4d7e-9f8a-0b1c2d3e4f5a' }) @IsUUID() recoveryId: string;
}

export class ConfirmRecoveryDto {
  @ApiPropertyOptional({ example: 3_000_000, description: 'A lower amount than proposed, in cents (then a reason is required)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountCents?: number;

  @ApiPropertyOptional({ example: 'Een deel van de uitval is te wijten aan de verbouwing.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason?: string;
}

export class WaiveRecoveryDto {
  @ApiProperty({ example: 'Overmacht: het ontmoetingscentrum brandde af.', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}
