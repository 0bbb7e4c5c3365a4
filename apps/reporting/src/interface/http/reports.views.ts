import { ApiProperty } from '@nestjs/swagger';
import { INDICATOR_STATUSES, type IndicatorStatus } from '#contracts';

// Response shapes for the OpenAPI document; the handlers return plain objects of these shapes.

export class SubmittedReportResponse {
  @ApiProperty({ format: 'uuid', example: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }) reportId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1, description: 'Each submission for the same period is the next version; the latest counts' }) version: number;
  @ApiProperty({ format: 'date-time', example: '2023-04-10T09:30:00.000Z' }) submittedAt: string;
}

export class IndicatorFigureResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 'volwassen anderstalige die deelneemt aan een oefenkans' }) unit: string;
  @ApiProperty({ example: 5 }) actionNumber: number;
  @ApiProperty({ example: 2 }) objectiveNumber: number;
  @ApiProperty({ example: 2000, description: 'Sum of the approved targets' }) planned: number;
  @ApiProperty({ example: 600, description: 'Sum of the latest reported totals' }) realised: number;
  @ApiProperty({ example: 1, description: 'Governments with a target on this indicator' }) governments: number;
  @ApiProperty({ example: 1 }) governmentsReported: number;
  @ApiProperty({ example: 30, nullable: true, type: Number, description: 'realised / planned in percent; null when nothing is planned' })
  percentReached: number | null;
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
