import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';

export class CommitmentsQueryDto {
  @ApiPropertyOptional({ example: '44021', description: 'left out: every government (ABB only)' })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode?: string;

  @ApiPropertyOptional({ example: 1, description: 'left out: every project year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3)
  projectYear?: number;
}

export class CommittedTargetResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 2000, description: 'current reach + approved additional reach' }) target: number;
  @ApiProperty({ example: '0f8fad5b-d9cb-469f-a165-70867728950e' }) applicationId: string;
  @ApiProperty({ example: 1, nullable: true, type: Number, description: '1: the decision; higher: an accepted amendment' })
  revision: number | null;
  @ApiProperty({ example: 'sha256-3f1c2a9b7d10', nullable: true, type: String }) catalogueVersion: string | null;
}

export class ExpectedReturnResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ example: 'interim', enum: ['interim', 'annual'] }) kind: string;
  @ApiProperty({ example: '2022-10-01', format: 'date' }) coversFrom: string;
  @ApiProperty({ example: '2023-03-31', format: 'date' }) coversTo: string;
  @ApiProperty({ example: '2023-04-15', format: 'date' }) due: string;
  @ApiProperty({ example: '0f8fad5b-d9cb-469f-a165-70867728950e' }) applicationId: string;
}
