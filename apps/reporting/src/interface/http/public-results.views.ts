import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';

export class PublicResultsParamsDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;
}

export class PublicGovernmentResultsParamsDto extends PublicResultsParamsDto {
  @ApiProperty({ example: '44021' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode: string;
}

// Response shapes for the OpenAPI document; the handler returns plain objects of these shapes.

export class PublicIndicatorResponse {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 'volwassen anderstalige die deelneemt aan een oefenkans', nullable: true, type: String }) unit: string | null;
  @ApiProperty({ example: 2750, description: 'Sum of the committed targets' }) planned: number;
  @ApiProperty({
    example: 480,
    description: "Sum of each government's running total in its latest accepted report; reports waiting for review count for nothing",
  })
  realised: number;
  @ApiProperty({ example: 17.5, nullable: true, type: Number, description: 'realised / planned in percent; null when nothing is planned' })
  percentReached: number | null;
  @ApiProperty({ example: 2, description: 'Governments with a target on the indicator' }) governments: number;
  @ApiProperty({ example: 1, description: 'Of them, the governments with an accepted report on it' }) governmentsReported: number;
}

export class PublicActionResponse {
  @ApiProperty({ example: 5, nullable: true, type: Number }) actionNumber: number | null;
  @ApiProperty({ example: 'Oefenkansen Nederlands organiseren', nullable: true, type: String }) actionName: string | null;
  @ApiProperty({ example: 2, nullable: true, type: Number }) objectiveNumber: number | null;
  @ApiProperty({ example: 'Nederlands', nullable: true, type: String }) objectiveName: string | null;
  @ApiProperty({ type: [PublicIndicatorResponse] }) indicators: PublicIndicatorResponse[];
}

export class PublicResultsResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: null, nullable: true, type: String, description: "null: the whole programme; else the government's own" })
  governmentCode: string | null;
  @ApiProperty({ example: 2, description: 'Governments with a target in the year' }) governments: number;
  @ApiProperty({ example: 1, description: 'Of them, the governments with an accepted report' }) governmentsReported: number;
  @ApiProperty({ type: [PublicActionResponse], description: 'Per action, in action order, its indicators' })
  actions: PublicActionResponse[];
}
