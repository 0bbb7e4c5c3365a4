import { ApiProperty } from '@nestjs/swagger';
import { LedgerTotalsView } from './budgeting.views.js';

export class YearOverviewResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1_413_635_900 }) budgetCents: number;
  @ApiProperty({ example: 1_413_635_900, description: "What the allocation proposals of the year's calls proposed" }) proposedCents: number;
  @ApiProperty({ example: 1_413_635_900 }) committedCents: number;
  @ApiProperty({ example: 706_817_950 }) paidCents: number;
  @ApiProperty({ example: 0, description: 'Due instalments not yet released' }) dueCents: number;
  @ApiProperty({ example: 3_600_000, description: 'Recovery proposals ABB has not decided yet' }) toBeRecoveredCents: number;
  @ApiProperty({ example: 3_000_000, description: 'Confirmed recoveries' }) recoveredCents: number;
  @ApiProperty({ example: 0, description: 'budget - committed' }) availableCents: number;
  @ApiProperty({ example: 106, description: 'Governments with a commitment' }) governments: number;
  @ApiProperty({ type: LedgerTotalsView }) ledger: LedgerTotalsView;
}

export class GovernmentOverviewResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 10_000_000 }) committedCents: number;
  @ApiProperty({ example: 9_000_000, description: 'Subsidy for actions' }) linesCents: number;
  @ApiProperty({ example: 1_000_000, description: 'Stimuli (no co-financing)' }) stimuliCents: number;
  @ApiProperty({ example: 5_000_000 }) paidCents: number;
  @ApiProperty({ example: 0 }) dueCents: number;
  @ApiProperty({ example: 5_000_000, description: 'committed - paid' }) toBePaidCents: number;
  @ApiProperty({ example: 0 }) toBeRecoveredCents: number;
  @ApiProperty({ example: 0 }) recoveredCents: number;
  @ApiProperty({ example: 9_000_000 }) cofinancingObligationCents: number;
  @ApiProperty({ type: Number, nullable: true, example: 6_000_000 }) cofinancingDeclaredCents: number | null;
  @ApiProperty({ enum: ['covered', 'shortfall', 'not-declared'], example: 'shortfall' }) cofinancingStatus:
    'covered' | 'shortfall' | 'not-declared';
}

export class LedgerEntryView {
  @ApiProperty({ example: 'commitments:44021' }) account: string;
  @ApiProperty({ example: 5_000_000 }) debitCents: number;
  @ApiProperty({ example: 0 }) creditCents: number;
}

export class LedgerTransactionResponse {
  @ApiProperty({ format: 'uuid', example: '4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b' }) transactionId: string;
  @ApiProperty({ enum: ['commitment', 'commitment-reduction', 'payment', 'recovery'], example: 'payment' }) kind: string;
  @ApiProperty({ example: 'instalment 1 (voorschot) of application 0f8fad5b-... of 44021, project year 1, to BE68539007547034' })
  description: string;
  @ApiProperty({ format: 'date-time', example: '2022-09-20T10:00:00.000Z' }) bookedAt: string;
  @ApiProperty({
    type: [LedgerEntryView],
    example: [
      { account: 'commitments:44021', debitCents: 5_000_000, creditCents: 0 },
      { account: 'payments-to:BE68539007547034', debitCents: 0, creditCents: 5_000_000 },
    ],
  })
  entries: LedgerEntryView[];
}

export class GovernmentLedgerResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ type: GovernmentOverviewResponse, nullable: true }) overview: GovernmentOverviewResponse | null;
  @ApiProperty({ type: [LedgerTransactionResponse] }) transactions: LedgerTransactionResponse[];
}

export class ActionOverviewResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ type: Number, nullable: true, example: 5 }) actionNumber: number | null;
  @ApiProperty({ example: 'Nederlands oefenen' }) actionName: string;
  @ApiProperty({ example: 338_956_600, description: "Subsidy for the action's indicators" }) committedCents: number;
  @ApiProperty({ example: 5_000_000, description: 'Mentorships on the action' }) stimuliCents: number;
  @ApiProperty({ example: 92, description: 'Governments with money on it, each counted once' }) governments: number;
  @ApiProperty({ example: 68_429, description: 'Sum of the targets' }) plannedReach: number;
  @ApiProperty({ example: 0 }) toBeRecoveredCents: number;
  @ApiProperty({ example: 0 }) recoveredCents: number;
}

export class IndicatorOverviewResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 'volwassen anderstalige die deelneemt aan een oefenkans' }) unit: string;
  @ApiProperty({ type: Number, nullable: true, example: 5 }) actionNumber: number | null;
  @ApiProperty({ example: 338_956_600 }) committedCents: number;
  @ApiProperty({ example: 92 }) governments: number;
  @ApiProperty({ example: 68_429 }) plannedReach: number;
  @ApiProperty({ example: 56_493 }) approvedAdditionalReach: number;
  @ApiProperty({ example: 0 }) toBeRecoveredCents: number;
  @ApiProperty({ example: 0 }) recoveredCents: number;
}
