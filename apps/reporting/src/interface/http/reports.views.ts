import { ApiProperty } from '@nestjs/swagger';
import { INDICATOR_STATUSES, type IndicatorStatus } from '#contracts';
import { BEHIND_STATUSES, type BehindStatus } from '../../application/list-behind/list-behind.query.js';
import { FIGURE_VIEW_LEVELS } from '../../application/get-figures/get-figures.query.js';

// Response shapes for the OpenAPI document; the handlers return plain objects of these shapes.

export class FieldProblemResponse {
  @ApiProperty({ example: 'results[0].motivation' }) field: string;
  @ApiProperty({
    example:
      'A05: 400 ligt onder 25% van de doelstelling 2000; voor de voortzetting in projectjaar 3 is een motivering nodig ' +
      '(die mag volgen in een nieuwe versie vóór de tussentijdse beoordeling)',
  })
  problem: string;
}

export class SubmittedReportResponse {
  @ApiProperty({ format: 'uuid', example: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }) reportId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1, description: 'Each submission for the same period is the next version; the latest counts' }) version: number;
  @ApiProperty({ format: 'date-time', example: '2023-04-10T09:30:00.000Z', description: 'Programme time' }) submittedAt: string;
  @ApiProperty({ format: 'date', example: '2023-04-15', description: "The period's due date" }) due: string;
  @ApiProperty({ example: false, description: 'Submitted after the due date: accepted, and marked late' }) late: boolean;
  @ApiProperty({
    type: [FieldProblemResponse],
    description: 'What the report should still explain: an interim figure below 25% of its target without a motivation',
  })
  warnings: FieldProblemResponse[];
  @ApiProperty({ example: false, description: 'true: the same request came again under its Idempotency-Key (HTTP 200, the same report)' })
  replayed: boolean;
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
  @ApiProperty({ example: 1, nullable: true, type: Number, description: 'null: not reported by the due date' }) reportVersion:
    number | null;
  @ApiProperty({ type: () => AtRiskFlagResponse, nullable: true, description: "The year's at-risk flag of the indicator, if any" })
  atRiskFlag: AtRiskFlagResponse | null;
}

export class AtRiskFlagResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({
    enum: ['open', 'cleared'],
    example: 'open',
    description: 'open: continuation into project year 3 waits on ABB accepting the motivation',
  })
  state: 'open' | 'cleared';
  @ApiProperty({ example: 'PJ1-INTERIM', description: 'The interim report that raised it' }) periodCode: string;
  @ApiProperty({ example: 400, nullable: true, type: Number }) achieved: number | null;
  @ApiProperty({ example: 2000 }) target: number;
  @ApiProperty({ example: 1 }) reportVersion: number;
  @ApiProperty({ example: 'Opstart vertraagd door aanwerving van de coördinator.', nullable: true, type: String }) motivation:
    string | null;
  @ApiProperty({ format: 'date-time', example: '2023-04-10T09:30:00.000Z' }) raisedAt: string;
  @ApiProperty({ format: 'date-time', example: null, nullable: true, type: String }) clearedAt: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) clearedBy: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) clearReason: string | null;
}

export class StatusChangeResponse {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ enum: INDICATOR_STATUSES, example: 'at-risk' }) previousStatus: IndicatorStatus;
  @ApiProperty({ enum: INDICATOR_STATUSES, example: 'lagging' }) status: IndicatorStatus;
}

export class ClearedAtRiskFlagResponse {
  @ApiProperty({ type: AtRiskFlagResponse }) flag: AtRiskFlagResponse;
  @ApiProperty({ type: [StatusChangeResponse], description: 'The statuses the check changed (cause motivation-accepted)' })
  changes: StatusChangeResponse[];
}

export class ReviewCommentResponse {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 'Graag de telling per lessenreeks toelichten.' }) comment: string;
}

export class ReportReviewResponse {
  @ApiProperty({ format: 'uuid', example: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }) reportId: string;
  @ApiProperty({ example: 1 }) reportVersion: number;
  @ApiProperty({ enum: ['accepted', 'changes-requested'], example: 'changes-requested' }) outcome: string;
  @ApiProperty({ type: [ReviewCommentResponse] }) comments: ReviewCommentResponse[];
  @ApiProperty({
    type: [String],
    example: [],
    description:
      'Accepted versions: the indicators whose motivation ABB did not accept; every other motivation of the version was accepted',
  })
  motivationsNotAccepted: string[];
  @ApiProperty({ example: 'abb-reviewer' }) reviewedBy: string;
  @ApiProperty({ format: 'date-time', example: '2023-04-20T10:00:00.000Z' }) reviewedAt: string;
}

export class ReportLineResponse {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 400, nullable: true, type: Number, description: 'null: a deliberate nil return' }) achieved: number | null;
  @ApiProperty({ example: 'Opstart vertraagd door aanwerving van de coördinator.', required: false }) motivation?: string;
}

export class ReportResponse {
  @ApiProperty({ format: 'uuid', example: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }) reportId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: true, description: 'false: a newer version replaced this one' }) latest: boolean;
  @ApiProperty({ type: [ReportLineResponse] }) results: ReportLineResponse[];
  @ApiProperty({ example: 'gent-reporter' }) submittedBy: string;
  @ApiProperty({ format: 'date-time', example: '2023-04-10T09:30:00.000Z' }) submittedAt: string;
  @ApiProperty({ format: 'date', example: '2023-04-15' }) due: string;
  @ApiProperty({ example: false }) late: boolean;
  @ApiProperty({ type: ReportReviewResponse, nullable: true, description: "ABB's review of this version; null while it waits for one" })
  review: ReportReviewResponse | null;
}

export class BehindResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ enum: BEHIND_STATUSES, example: 'lagging', description: 'An open at-risk flag makes a lagging indicator at-risk' })
  status: BehindStatus;
  @ApiProperty({ example: 600, nullable: true, type: Number, description: 'null: a nil return, or not reported' }) achieved: number | null;
  @ApiProperty({ example: 2000 }) target: number;
  @ApiProperty({ example: 997, description: 'What was expected by the end of the period' }) expected: number;
  @ApiProperty({ example: '2023-04-30', nullable: true, type: String, format: 'date', description: "The due date of the period's return" })
  due: string | null;
  @ApiProperty({ example: false, description: 'Not reported by the due date' }) overdue: boolean;
}
