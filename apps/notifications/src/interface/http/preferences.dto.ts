import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';
import { CHANNELS, NOTICE_KINDS, type Channel, type NoticeKind } from '../../domain/notice-kinds.js';

const GOVERNMENT_CODE_MESSAGE = 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>';

export class PreferencesQueryDto {
  @ApiPropertyOptional({ example: '44021', description: "The government whose preferences to read; left out, ABB's own" })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode?: string;
}

export class PreferenceDto {
  @ApiProperty({ enum: NOTICE_KINDS, example: 'reminder' })
  @IsIn(NOTICE_KINDS, { message: `kind must be one of ${NOTICE_KINDS.join(', ')}` })
  kind: NoticeKind;

  @ApiProperty({ enum: CHANNELS, example: 'email' })
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel: Channel;

  @ApiProperty({ example: false })
  @IsBoolean()
  enabled: boolean;
}

export class ChangePreferencesDto {
  @ApiPropertyOptional({ example: '44021', description: "The government whose preferences to change; left out, ABB's own" })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode?: string;

  @ApiProperty({ type: [PreferenceDto], example: [{ kind: 'reminder', channel: 'email', enabled: false }] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTICE_KINDS.length * CHANNELS.length)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences: PreferenceDto[];
}

export class PreferenceResponse {
  @ApiProperty({ enum: NOTICE_KINDS, example: 'reminder' }) kind: string;
  @ApiProperty({ enum: CHANNELS, example: 'email' }) channel: string;
  @ApiProperty({ example: true }) enabled: boolean;
  @ApiProperty({ example: false, description: 'lagging, at-risk and overdue are always sent' }) critical: boolean;
}
