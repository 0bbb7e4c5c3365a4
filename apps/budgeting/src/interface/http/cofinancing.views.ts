import { ApiProperty } from '@nestjs/swagger';

export class CofinancingResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 9_000_000, description: 'The subsidy for actions committed that year (stimuli need no co-financing)' })
  obligationCents: number;
  @ApiProperty({ type: Number, nullable: true, example: 6_000_000, description: 'null while nothing is declared' })
  declaredCents: number | null;
  @ApiProperty({ example: 3_000_000, description: 'obligation - declared, at least 0; the whole obligation while nothing is declared' })
  shortfallCents: number;
  @ApiProperty({ enum: ['covered', 'shortfall', 'not-declared'], example: 'shortfall' }) status: 'covered' | 'shortfall' | 'not-declared';
  @ApiProperty({ type: String, nullable: true, example: 'Eigen middelen, budget Samenleven 2022' }) source: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', example: '2022-10-01T09:00:00.000Z' }) declaredAt: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'gent-financien' }) declaredBy: string | null;
}

export class DeclaredCofinancingResponse {
  @ApiProperty({ format: 'uuid', example: '5b1d0c7e-2f4a-4b8e-9a6d-3c2b1a0f9e8d' }) declarationId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 9_000_000 }) obligationCents: number;
  @ApiProperty({ example: 6_000_000 }) declaredCents: number;
  @ApiProperty({ example: 3_000_000 }) shortfallCents: number;
  @ApiProperty({ enum: ['covered', 'shortfall'], example: 'shortfall' }) status: 'covered' | 'shortfall';
  @ApiProperty({ example: 'Eigen middelen, budget Samenleven 2022' }) source: string;
  @ApiProperty({ format: 'date-time', example: '2022-10-01T09:00:00.000Z' }) declaredAt: string;
}
