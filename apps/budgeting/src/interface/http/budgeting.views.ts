import { ApiProperty } from '@nestjs/swagger';

// Response shapes for the OpenAPI document; the handlers return plain objects of these shapes.

export class LedgerTotalsView {
  @ApiProperty({ example: 10000000 }) debitCents: number;
  @ApiProperty({ example: 10000000 }) creditCents: number;
  @ApiProperty({ example: true }) balanced: boolean;
}

export class BudgetResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1413635900, description: 'The programme budget of the year in euro cents' }) budgetCents: number;
  @ApiProperty({ enum: ['catalogue', 'abb'], example: 'catalogue', description: "the catalogue's figure, or as ABB changed it" })
  source: 'catalogue' | 'abb';
  @ApiProperty({ example: 10000000, description: 'What decisions committed: never above the budget' }) committedCents: number;
  @ApiProperty({ example: 1403635900 }) availableCents: number;
  @ApiProperty({ type: LedgerTotalsView }) ledger: LedgerTotalsView;
}

export class ChangedBudgetResponse extends BudgetResponse {
  @ApiProperty({ example: true, description: 'false when the budget already was this amount: nothing was recorded' }) changed: boolean;
}

export class BudgetChangeResponse {
  @ApiProperty({ example: 2 }) projectYear: number;
  @ApiProperty({ example: 1690778000 }) previousCents: number;
  @ApiProperty({ example: 1700000000 }) budgetCents: number;
  @ApiProperty({ example: 'Bijkomende middelen na begrotingsaanpassing' }) reason: string;
  @ApiProperty({ example: 'abb-officer-1', description: 'The ABB user who made the change' }) changedBy: string;
  @ApiProperty({ format: 'date-time', example: '2023-02-01T09:00:00.000Z' }) changedAt: string;
}

export class CommittedLineView {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 1500 }) approvedAdditionalReach: number;
  @ApiProperty({ example: 2000, description: 'current reach + approved additional reach' }) target: number;
  @ApiProperty({ example: 60, description: "The rate of the application's catalogue version" }) eurPerKpi: number;
  @ApiProperty({ example: 9000000, description: 'approved KPI x rate, or the lower amount ABB awarded' }) amountCents: number;
}

export class CommittedStimulusView {
  @ApiProperty({ enum: ['mentorship', 'cooperation'], example: 'mentorship' }) kind: 'mentorship' | 'cooperation';
  @ApiProperty({ type: Number, nullable: true, example: 5 }) actionNumber: number | null;
  @ApiProperty({ type: String, nullable: true, example: null }) partnerCode: string | null;
  @ApiProperty({ example: 1000000 }) amountCents: number;
}

export class CommitmentResponse {
  @ApiProperty({ format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' }) applicationId: string;
  @ApiProperty({ format: 'uuid', example: '3c1f5e2a-8b7d-4c6e-9f0a-1b2c3d4e5f60', description: 'The decision revision in force' })
  decisionId: string;
  @ApiProperty({ example: 1, description: '1 for the decision, higher for an accepted amendment' }) revision: number;
  @ApiProperty({ format: 'uuid', example: '7d444840-9dc0-11d1-b245-5ffdce74fad2' }) callId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'BE68539007547034' }) iban: string;
  @ApiProperty({ example: 'sha256-3f1c2a9b7d10' }) catalogueVersion: string;
  @ApiProperty({ type: [CommittedLineView] }) lines: CommittedLineView[];
  @ApiProperty({ type: [CommittedStimulusView] }) stimuli: CommittedStimulusView[];
  @ApiProperty({ example: 9000000 }) linesCents: number;
  @ApiProperty({ example: 1000000 }) stimuliCents: number;
  @ApiProperty({ example: 10000000 }) committedCents: number;
  @ApiProperty({ format: 'date-time', example: '2022-09-15T09:00:01.000Z' }) committedAt: string;
}

export class ProposedLineView {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) priority: number | null;
  @ApiProperty({ example: 1500 }) requestedAdditionalReach: number;
  @ApiProperty({ example: 1500, description: 'Whole KPIs the budget allows' }) proposedAdditionalReach: number;
  @ApiProperty({ example: 60 }) eurPerKpi: number;
  @ApiProperty({ example: 9000000 }) proposedCents: number;
  @ApiProperty({ enum: ['full', 'partial', 'none'], example: 'full' }) outcome: 'full' | 'partial' | 'none';
  @ApiProperty({ example: 'Volledig gefinancierd in ronde 1 (prioriteit 1).' }) reason: string;
}

export class ProposedStimulusView {
  @ApiProperty({ enum: ['mentorship', 'cooperation'], example: 'mentorship' }) kind: 'mentorship' | 'cooperation';
  @ApiProperty({ type: Number, nullable: true, example: 5 }) actionNumber: number | null;
  @ApiProperty({ type: String, nullable: true, example: null }) partnerCode: string | null;
  @ApiProperty({ example: 1000000 }) proposedCents: number;
  @ApiProperty({ enum: ['full', 'partial', 'none'], example: 'full' }) outcome: 'full' | 'partial' | 'none';
  @ApiProperty({ example: 'Stimulus: vast bedrag van EUR 10.000,00.' }) reason: string;
}

export class ProposedApplicationView {
  @ApiProperty({ format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' }) applicationId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ type: [ProposedLineView] }) lines: ProposedLineView[];
  @ApiProperty({ type: [ProposedStimulusView] }) stimuli: ProposedStimulusView[];
  @ApiProperty({ example: 9000000 }) linesCents: number;
  @ApiProperty({ example: 1000000 }) stimuliCents: number;
}

export class AllocationProposalResponse {
  @ApiProperty({ format: 'uuid', example: '9b2e7c1a-4d3f-4e5a-9b6c-1d2e3f4a5b6c' }) proposalId: string;
  @ApiProperty({ format: 'uuid', example: '7d444840-9dc0-11d1-b245-5ffdce74fad2' }) callId: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1413635900 }) budgetCents: number;
  @ApiProperty({ example: 1413635900, description: 'Budget minus what the year had committed: what the proposal may spend' })
  availableCents: number;
  @ApiProperty({ example: 'priority-rounds-v1', description: 'The documented allocation rule (README)' }) rule: string;
  @ApiProperty({ type: [ProposedApplicationView] }) applications: ProposedApplicationView[];
  @ApiProperty({ example: 9000000, description: 'What the lines asked for (stimuli not included)' }) requestedCents: number;
  @ApiProperty({ example: 9000000 }) linesCents: number;
  @ApiProperty({ example: 1000000 }) stimuliCents: number;
  @ApiProperty({ format: 'date-time', example: '2022-07-16T08:00:00.000Z' }) proposedAt: string;
}
