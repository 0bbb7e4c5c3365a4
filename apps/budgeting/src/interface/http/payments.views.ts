import { ApiProperty } from '@nestjs/swagger';

export class InstalmentView {
  @ApiProperty({ example: 'voorschot' }) label: string;
  @ApiProperty({ example: 50 }) sharePercent: number;
  @ApiProperty({ enum: ['decision', 'annual-report-accepted'], example: 'decision' }) condition: 'decision' | 'annual-report-accepted';
}

export class PaymentScheduleResponse {
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({
    type: [InstalmentView],
    example: [
      { label: 'voorschot', sharePercent: 50, condition: 'decision' },
      { label: 'saldo', sharePercent: 50, condition: 'annual-report-accepted' },
    ],
  })
  instalments: InstalmentView[];
  @ApiProperty({ enum: ['default', 'abb'], example: 'default', description: 'the default until ABB sets a schedule' }) source:
    'default' | 'abb';
}

export class PaymentResponse {
  @ApiProperty({ format: 'uuid', example: '2a7c4e1b-9d3f-4a6b-8c5e-1f0a9b8c7d6e' }) paymentId: string;
  @ApiProperty({ format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' }) applicationId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1 }) instalment: number;
  @ApiProperty({ example: 'voorschot' }) label: string;
  @ApiProperty({ example: 50, description: '0 for a top-up after an amendment raised a commitment paid in full' }) sharePercent: number;
  @ApiProperty({ enum: ['decision', 'annual-report-accepted'], example: 'decision' }) condition: 'decision' | 'annual-report-accepted';
  @ApiProperty({ example: 5_000_000 }) amountCents: number;
  @ApiProperty({ enum: ['scheduled', 'due', 'released'], example: 'due' }) status: 'scheduled' | 'due' | 'released';
  @ApiProperty({ type: String, nullable: true, format: 'date-time', example: '2022-09-15T09:00:01.000Z' }) dueAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', example: null }) releasedAt: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) releasedBy: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The IBAN it was paid to, once released' }) iban: string | null;
}

export class ReleasedPaymentResponse {
  @ApiProperty({ format: 'uuid', example: '2a7c4e1b-9d3f-4a6b-8c5e-1f0a9b8c7d6e' }) paymentId: string;
  @ApiProperty({ format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' }) applicationId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1 }) instalment: number;
  @ApiProperty({ example: 'voorschot' }) label: string;
  @ApiProperty({ example: 5_000_000 }) amountCents: number;
  @ApiProperty({ example: 'BE68539007547034' }) iban: string;
  @ApiProperty({ format: 'date-time', example: '2022-09-20T10:00:00.000Z' }) releasedAt: string;
  @ApiProperty({ format: 'uuid', example: '4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b', description: 'Its booking in the ledger' })
  ledgerTransactionId: string;
}
