import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsObject, Matches, Max, Min, ValidateNested } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from '#contracts';

export class ApprovedLineDto {
  @ApiProperty({ example: 'A05' })
  @Matches(INDICATOR_CODE_PATTERN, { message: 'indicatorCode must look like A05 or A09-NIEUWKOMERS' })
  indicatorCode: string;
  @ApiProperty({ description: 'Reach before the project', example: 500 }) @IsInt() @Min(0) @Max(10_000_000) currentReach: number;
  @ApiProperty({ description: 'Approved additional reach (KPI), at most the cap per applicant', example: 1500 })
  @IsInt()
  @Min(0)
  approvedAdditionalReach: number;
}

export class DecideApplicationDto {
  @ApiProperty({ example: '44021' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode: string;
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiProperty({ type: [ApprovedLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(28)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ApprovedLineDto)
  targets: ApprovedLineDto[];
}
