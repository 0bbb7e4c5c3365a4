import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';

export class FiguresQueryDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;
}

export class StatusesQueryDto {
  @ApiProperty({ example: '44021' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode: string;

  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;
}
