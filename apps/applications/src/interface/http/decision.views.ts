import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Response shapes for the OpenAPI document; the handlers return plain objects of these shapes.

export class RecordedDecisionResponse {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ enum: ['decision-pending'], example: 'decision-pending' }) status: string;
  @ApiProperty({ example: 1 }) revision: number;
  @ApiProperty({ example: 8200000 }) totalCents: number;
}

export class SkippedApplicationView {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ example: 'already decided (status decision-pending)' }) reason: string;
}

export class DecidedAsProposedResponse {
  @ApiProperty({ type: [String], format: 'uuid' }) decided: string[];
  @ApiProperty({ type: [SkippedApplicationView] }) skipped: SkippedApplicationView[];
}

export class DecidedLineView {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 500 }) currentReach: number;
  @ApiProperty({ example: 1500 }) requestedAdditionalReach: number;
  @ApiProperty({ example: 1200 }) approvedAdditionalReach: number;
  @ApiProperty({ example: 1700, description: 'current + approved additional reach' }) target: number;
  @ApiProperty({ example: 60 }) eurPerKpi: number;
  @ApiProperty({ example: 7200000 }) amountCents: number;
  @ApiProperty({ nullable: true, type: String, example: 'Budget actie 5 volstaat niet voor meer.' }) reason: string | null;
}

export class DecidedStimulusView {
  @ApiProperty({ enum: ['mentorship', 'cooperation'] }) kind: string;
  @ApiProperty({ nullable: true, type: Number, example: 5 }) actionNumber: number | null;
  @ApiProperty({ nullable: true, type: String, example: null }) partnerCode: string | null;
  @ApiProperty({ example: true }) granted: boolean;
  @ApiProperty({ example: 1000000 }) amountCents: number;
}

export class DecisionAttemptResponse {
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ example: 1 }) revision: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) amendmentId: string | null;
  @ApiProperty({ enum: ['decision-pending', 'decided', 'refused-by-budget'] }) status: string;
  @ApiProperty({ example: 8200000 }) totalCents: number;
  @ApiProperty({ nullable: true, type: String }) refusalReason: string | null;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

export class DecisionResponse {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ enum: ['decision-pending', 'decided', 'refused-by-budget'], example: 'decided' }) status: string;
  @ApiProperty({ example: 1 }) revision: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) amendmentId: string | null;
  @ApiProperty({ example: 'sha256-3f1c2a9b7d10' }) catalogueVersion: string;
  @ApiProperty({ type: [DecidedLineView] }) lines: DecidedLineView[];
  @ApiProperty({ type: [DecidedStimulusView] }) stimuli: DecidedStimulusView[];
  @ApiProperty({ example: 7200000 }) linesCents: number;
  @ApiProperty({ example: 1000000 }) stimuliCents: number;
  @ApiProperty({ example: 8200000 }) totalCents: number;
  @ApiProperty({ nullable: true, type: String, example: null }) refusalReason: string | null;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
  @ApiProperty({ type: [DecisionAttemptResponse], description: 'Every attempt, oldest first' }) attempts: DecisionAttemptResponse[];
}

export class ProposedLineView {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ nullable: true, type: Number, example: 1 }) priority: number | null;
  @ApiProperty({ example: 1500 }) requestedAdditionalReach: number;
  @ApiProperty({ example: 1500 }) proposedAdditionalReach: number;
  @ApiProperty({ example: 60 }) eurPerKpi: number;
  @ApiProperty({ example: 9000000 }) proposedCents: number;
  @ApiProperty({ enum: ['full', 'partial', 'none'] }) outcome: string;
  @ApiProperty({ example: 'Volledig gefinancierd: alle aanvragen passen binnen het budget.' }) reason: string;
}

export class ProposedStimulusView {
  @ApiProperty({ enum: ['mentorship', 'cooperation'] }) kind: string;
  @ApiProperty({ nullable: true, type: Number, example: 5 }) actionNumber: number | null;
  @ApiProperty({ nullable: true, type: String, example: null }) partnerCode: string | null;
  @ApiProperty({ example: 1000000 }) proposedCents: number;
  @ApiProperty({ enum: ['full', 'partial', 'none'] }) outcome: string;
  @ApiProperty({ example: 'Mentorschap: vast bedrag.' }) reason: string;
}

export class ProposedApplicationView {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ type: [ProposedLineView] }) lines: ProposedLineView[];
  @ApiProperty({ type: [ProposedStimulusView] }) stimuli: ProposedStimulusView[];
  @ApiProperty({ example: 9000000 }) linesCents: number;
  @ApiProperty({ example: 1000000 }) stimuliCents: number;
}

export class AllocationProposalResponse {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1413635900 }) budgetCents: number;
  @ApiProperty({ example: 1413635900 }) availableCents: number;
  @ApiProperty({ example: 'priority-rounds-v1' }) rule: string;
  @ApiProperty({ type: [ProposedApplicationView] }) applications: ProposedApplicationView[];
  @ApiProperty({ example: 9000000 }) requestedCents: number;
  @ApiProperty({ example: 9000000 }) linesCents: number;
  @ApiProperty({ example: 1000000 }) stimuliCents: number;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
}

export class AmendedLineView {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 1000 }) approvedAdditionalReach: number;
}

export class AmendmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: ['requested', 'accepted', 'rejected', 'committed', 'refused-by-budget'], example: 'requested' }) status: string;
  @ApiProperty({ type: [AmendedLineView] }) lines: AmendedLineView[];
  @ApiProperty({ example: 'De lessen starten pas in het najaar; minder deelnemers haalbaar.' }) reason: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) reviewedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) comment: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) decisionId: string | null;
}

export class AcceptedAmendmentResponse {
  @ApiProperty({ format: 'uuid' }) amendmentId: string;
  @ApiProperty({ enum: ['accepted'] }) status: string;
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ example: 2 }) revision: number;
  @ApiProperty({ example: 7000000 }) totalCents: number;
}
