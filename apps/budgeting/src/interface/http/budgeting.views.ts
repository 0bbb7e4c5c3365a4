import { ApiProperty } from '@nestjs/swagger';

// Response shapes for the OpenAPI document; the handlers return plain objects of these shapes.

export class CommitmentLineView {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 1500 }) approvedAdditionalReach: number;
  @ApiProperty({ example: 1500, description: 'Approved additional reach, capped at what one applicant may receive' })
  subsidisedReach: number;
  @ApiProperty({ example: 60, description: 'From the programme catalogue' }) eurPerKpi: number;
  @ApiProperty({ example: 90000 }) amountEur: number;
}

export class CommitmentResponse {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 90000 }) amountEur: number;
  @ApiProperty({ type: [CommitmentLineView] }) lines: CommitmentLineView[];
  @ApiProperty({ format: 'date-time' }) committedAt: string;
}

export class LedgerTotalsView {
  @ApiProperty() debitEur: number;
  @ApiProperty() creditEur: number;
  @ApiProperty() balanced: boolean;
}

export class BudgetResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 14136359, description: 'From the programme catalogue' }) programmeBudgetEur: number;
  @ApiProperty({ example: 90000 }) committedEur: number;
  @ApiProperty({ example: 14046359, description: 'May be negative: allocation within the budget comes later' }) remainingEur: number;
  @ApiProperty() overCommitted: boolean;
  @ApiProperty({ type: LedgerTotalsView }) ledger: LedgerTotalsView;
}
