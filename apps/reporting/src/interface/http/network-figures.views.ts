import { ApiProperty } from '@nestjs/swagger';
import { INDICATOR_STATUSES } from '#contracts';

export class PeriodStatusResponse {
  @ApiProperty({ example: 'PJ1-INTERIM' }) periodCode: string;
  @ApiProperty({ enum: INDICATOR_STATUSES, example: 'lagging' }) status: string;
}

export class MemberIndicatorResponse {
  @ApiProperty({ example: 'A22' }) indicatorCode: string;
  @ApiProperty({ example: 40, nullable: true, type: Number, description: "The member's committed target; null: none on this indicator" })
  target: number | null;
  @ApiProperty({
    example: 12,
    nullable: true,
    type: Number,
    description: 'The running total that counts (latest period of the year, latest version); null: not reported, or a nil return',
  })
  realised: number | null;
  @ApiProperty({ example: 'PJ1-INTERIM', nullable: true, type: String, description: 'The period whose report counts; null: none yet' })
  countedPeriodCode: string | null;
  @ApiProperty({ type: [PeriodStatusResponse], description: 'The status per period that has one, oldest period first' })
  statuses: PeriodStatusResponse[];
}

export class NetworkMemberFiguresResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ type: [MemberIndicatorResponse] }) indicators: MemberIndicatorResponse[];
}

export class NetworkFiguresResponse {
  @ApiProperty({ example: 'network-12025-A22-PJ1' }) networkId: string;
  @ApiProperty({ example: '12025' }) mentorGovernmentCode: string;
  @ApiProperty({ example: 22 }) actionNumber: number;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 3, description: "Mentorships' count of changes to the member list this answer follows" })
  membershipVersion: number;
  @ApiProperty({ type: [String], example: ['A22'], description: "The indicators of the network's action (catalogue)" })
  indicatorCodes: string[];
  @ApiProperty({ type: [NetworkMemberFiguresResponse], description: 'Each member once, in code order' })
  members: NetworkMemberFiguresResponse[];
}
