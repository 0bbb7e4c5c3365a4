import { ApiProperty } from '@nestjs/swagger';

export class RecoveryResponse {
  @ApiProperty({ format: 'uuid', example: '8d3e2f1a-6b5c-4d7e-9f8a-0b1c2d3e4f5a' }) recoveryId: string;
  @ApiProperty({ example: '44021', description: 'The government that received the money (the lead of a group)' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ format: 'uuid', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', description: 'The accepted annual report' })
  reportId: string;
  @ApiProperty({ example: 9_000_000, description: "The line's committed subsidy" }) subsidyCents: number;
  @ApiProperty({ example: 1500 }) approvedAdditionalReach: number;
  @ApiProperty({ example: 900, description: 'realised - current reach, at least 0' }) achievedAdditionalReach: number;
  @ApiProperty({ example: 2000 }) target: number;
  @ApiProperty({ example: 1400 }) realised: number;
  @ApiProperty({ example: 3_600_000, description: 'subsidy x (1 - achieved / approved additional reach), floored' }) ruleCents: number;
  @ApiProperty({ example: 3_600_000, description: 'ruleCents, at most what is left to recover of what was paid or due' })
  proposedCents: number;
  @ApiProperty({ format: 'date-time', example: '2024-01-20T10:00:01.000Z' }) proposedAt: string;
  @ApiProperty({ enum: ['proposed', 'confirmed', 'waived'], example: 'confirmed' }) status: 'proposed' | 'confirmed' | 'waived';
  @ApiProperty({ type: Number, nullable: true, example: 3_000_000, description: 'null while proposed; 0 when waived' })
  recoveredCents: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Een deel van de uitval is te wijten aan de verbouwing.' }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'abb-officer-1' }) decidedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', example: '2024-02-01T09:00:00.000Z' }) decidedAt: string | null;
}
