import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';

export class ProgressQueryDto {
  @ApiProperty({ example: '44021' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode: string;
}

export class ProgressResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 'network-A05', description: "For now the network of the indicator's action" }) networkId: string;
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ nullable: true, type: Number, example: 600, description: 'null: a deliberate nil report' }) achieved: number | null;
  @ApiProperty({ example: 1 }) reportVersion: number;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}
