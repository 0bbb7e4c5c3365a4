import { ApiProperty } from '@nestjs/swagger';
import { INDICATOR_STATUSES, type IndicatorStatus } from '#contracts';
import { FIGURE_VIEW_LEVELS } from '../../application/get-figures/get-figures.query.js';

// Response shapes for the OpenAPI document; the handlers return plain objects of these shapes.

export class SubmittedReportResponse {
  @ApiProperty({ format: 'uuid', example: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }) reportId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1, description: 'Each submission for the same period is the next version; the latest counts' }) version: number;
  @ApiProperty({ format: 'date-time', example: '2023-04-10T09:30:00.000Z' }) submittedAt: string;
}

export class FigureResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ enum: FIGURE_VIEW_LEVELS, example: 'indicator' }) level: string;
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: 'null: programme-wide; else the government whose own figures these are',
  })
  governmentCode: string | null;
  @ApiProperty({ example: 'A05', nullable: true, type: String, description: 'indicator level only' }) indicatorCode: string | null;
  @ApiProperty({ example: 'volwassen anderstalige die deelneemt aan een oefenkans', nullable: true, type: String }) unit: string | null;
  @ApiProperty({ example: 5, nullable: true, type: Number, description: 'indicator and action levels' }) actionNumber: number | null;
  @ApiProperty({ example: 'Oefenkansen Nederlands organiseren', nullable: true, type: String }) actionName: string | null;
  @ApiProperty({ example: 2, nullable: true, type: Number, description: 'indicator, action and objective levels' })
  objectiveNumber: number | null;
  @ApiProperty({ example: 'Nederlands', nullable: true, type: String }) objectiveName: string | null;
  @ApiProperty({ example: 2000, description: 'Sum of the committed targets' }) planned: number;
  @ApiProperty({
    example: 600,
    description: "Sum of each government's latest running total (latest period of the year, latest version); a nil return adds 0",
  })
  realised: number;
  @ApiProperty({ example: 30, nullable: true, type: Number, description: 'realised / planned in percent; null when nothing is planned' })
  percentReached: number | null;
  @ApiProperty({ example: 1, description: 'Governments with a target here' }) governments: number;
  @ApiProperty({ example: 1, description: '...of which reported on at least one of those targets (a nil return counts)' })
  governmentsReported: number;
  @ApiProperty({ example: 1, description: 'Government x indicator targets here' }) targets: number;
  @ApiProperty({ example: 1 }) targetsReported: number;
  @ApiProperty({ example: 0, description: 'Targets whose counted running total is at or above the target' }) targetsReached: number;
  @ApiProperty({ example: 0, nullable: true, type: Number, description: 'targetsReached / targets in percent' })
  targetsReachedPercent: number | null;
  @ApiProperty({ format: 'date-time', example: '2023-04-10T09:30:00.412Z' }) updatedAt: string;
}

export class IndicatorStatusResponse {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ example: 600, nullable: true, type: Number, description: 'null: a deliberate nil return' }) achieved: number | null;
  @ApiProperty({ example: 2000 }) target: number;
  @ApiProperty({ example: 997, description: 'What was expected by the end of the period' }) expected: number;
  @ApiProperty({ enum: INDICATOR_STATUSES, example: 'lagging' }) status: IndicatorStatus;
  @ApiProperty({ example: 1 }) reportVersion: number;
}
