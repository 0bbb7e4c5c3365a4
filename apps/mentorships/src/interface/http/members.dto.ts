import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_STATUSES } from '#contracts';
import { MEMBERSHIP_STATES } from '../../domain/network-membership.js';

export class InviteMemberDto {
  @ApiProperty({ example: '44021', description: 'the government to invite (NIS code, VGC, DE-RAND or GROUP-<NAME>)' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  governmentCode: string;
}

export class MembershipResponse {
  @ApiProperty({ example: 'network-12025-A22-PJ1' }) networkId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ enum: MEMBERSHIP_STATES, example: 'member' }) state: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2023-01-20T09:00:00.000Z' }) invitedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2023-01-24T14:00:00.000Z' }) joinedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: null, description: 'declined, left or removed at' })
  endedAt: string | null;
  @ApiProperty({
    nullable: true,
    enum: INDICATOR_STATUSES,
    example: 'lagging',
    description: "its status on the network's action when it joined",
  })
  statusAtJoin: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    example: null,
    description: 'joined lagging or at risk, on course since',
  })
  caughtUpAt: string | null;
}

export class SuggestionResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({
    nullable: true,
    enum: INDICATOR_STATUSES,
    example: 'lagging',
    description: "status on the network's action (worst indicator)",
  })
  status: string | null;
  @ApiProperty({ example: true, description: 'lagging or at risk: listed first' }) priority: boolean;
}
