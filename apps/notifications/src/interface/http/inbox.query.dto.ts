import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';

export class InboxQueryDto {
  @ApiProperty({ example: '44021' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode: string;
}
