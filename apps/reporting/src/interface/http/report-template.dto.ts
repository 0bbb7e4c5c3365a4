import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN, PERIOD_CODE_PATTERN } from '#contracts';

const GOVERNMENT_CODE_MESSAGE = 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>';
const PERIOD_CODE_MESSAGE = 'periodCode must look like PJ1-INTERIM or PJ1-ANNUAL';

export class ReportTemplateQueryDto {
  @ApiProperty({ example: '44021', description: 'The government the template is for (a government token: its own, or its group)' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode: string;

  @ApiProperty({ example: 'PJ1-INTERIM' })
  @Matches(PERIOD_CODE_PATTERN, { message: PERIOD_CODE_MESSAGE })
  periodCode: string;
}

/**
 * An optional expectation of an upload: a client that knows which period it is filing for can have another template
 * refused. The government is the template's own, checked against the token.
 */
export class UploadReportQueryDto {
  @ApiPropertyOptional({ example: 'PJ1-INTERIM', description: 'Refuse the file (400) unless it is the template of this period' })
  @IsOptional()
  @Matches(PERIOD_CODE_PATTERN, { message: PERIOD_CODE_MESSAGE })
  periodCode?: string;
}
