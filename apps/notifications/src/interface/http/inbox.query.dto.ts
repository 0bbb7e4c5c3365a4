import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';
import { NOTICE_KINDS } from '../../domain/notice-kinds.js';

const GOVERNMENT_CODE_MESSAGE = 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>';

export class InboxQueryDto {
  @ApiPropertyOptional({
    example: '44021',
    description: "The government whose inbox to read (one the caller acts for); left out, ABB reads ABB's own inbox",
  })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode?: string;
}

export class DeliveriesQueryDto {
  @ApiPropertyOptional({ example: '44021' })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode?: string;

  @ApiPropertyOptional({ enum: NOTICE_KINDS, example: 'lagging' })
  @IsOptional()
  @IsIn(NOTICE_KINDS, { message: `kind must be one of ${NOTICE_KINDS.join(', ')}` })
  kind?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-12-01T00:00:00Z',
    description: 'queued at or after (a date is its midnight UTC)',
  })
  @IsOptional()
  @IsISO8601({}, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-12-31T00:00:00Z', description: 'queued before' })
  @IsOptional()
  @IsISO8601({}, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;
}
