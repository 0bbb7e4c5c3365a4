import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN, PERIOD_CODE_PATTERN } from '#contracts';

// In Dutch: governments download and upload templates (the JSON API's DTOs keep their English messages).
const GOVERNMENT_CODE_MESSAGE = 'governmentCode moet een NIS-code van 5 cijfers, VGC, DE-RAND of GROUP-<NAAM> zijn';
const PERIOD_CODE_MESSAGE = 'periodCode moet de vorm PJ1-INTERIM of PJ1-ANNUAL hebben';

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
