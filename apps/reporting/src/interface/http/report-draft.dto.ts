import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { INDICATOR_CODE_PATTERN } from '#contracts';

export class DraftLineDto {
  @ApiProperty({ example: 'A05' })
  @Matches(INDICATOR_CODE_PATTERN, { message: 'indicatorCode must look like A05 or A09-NIEUWKOMERS' })
  indicatorCode: string;

  @ApiProperty({ example: '420', description: 'The total as typed so far; it may be empty or not yet a number' })
  @IsString()
  @MaxLength(20)
  value: string;

  @ApiProperty({ example: false, description: 'The officer chose a nil return (nothing to count yet)' })
  @IsBoolean()
  nil: boolean;

  @ApiProperty({ example: 'Tweede lessenreeks gestart in september.' })
  @IsString()
  @MaxLength(4000)
  motivation: string;
}

export class SaveReportDraftDto {
  @ApiProperty({ type: [DraftLineDto] })
  @IsArray()
  @ArrayMaxSize(28)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DraftLineDto)
  lines: DraftLineDto[];
}

export class ReportDraftResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ type: [DraftLineDto] }) lines: DraftLineDto[];
  @ApiProperty({ example: 'gent-reporter' }) savedBy: string;
  @ApiProperty({ format: 'date-time', example: '2022-10-03T08:15:00.000Z', description: 'Programme time' }) savedAt: string;
}
