import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { INDICATOR_STATUSES } from '#contracts';
import { NETWORK_SHARING } from '../../domain/network-sharing.js';
import { LearningNetworkResponse } from './networks.controller.js';

export class ChangeSharingDto {
  @ApiProperty({ enum: NETWORK_SHARING, example: 'figures', description: 'what members see of each other (default names-and-statuses)' })
  @IsIn(NETWORK_SHARING, { message: `sharing must be one of ${NETWORK_SHARING.join(', ')}` })
  sharing: string;
}

export class SharingResponse {
  @ApiProperty({ example: 'network-12025-A22-PJ1' }) networkId: string;
  @ApiProperty({ enum: NETWORK_SHARING, example: 'figures' }) sharing: string;
}

export class IndicatorProgressResponse {
  @ApiProperty({ example: 'A22' }) indicatorCode: string;
  @ApiProperty({ nullable: true, type: Number, example: 12 }) target: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 4, description: 'latest running total of the year' }) realised: number | null;
  @ApiProperty({ nullable: true, enum: INDICATOR_STATUSES, example: 'lagging' }) status: string | null;
}

export class MemberProgressResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2023-01-24T14:00:00.000Z' }) joinedAt: string | null;
  @ApiProperty({ enum: ['name', 'status', 'figures'], example: 'figures', description: 'what this viewer may see of the member' })
  visibility: string;
  @ApiPropertyOptional({ nullable: true, enum: INDICATOR_STATUSES, example: 'lagging', description: "on the network's action" })
  status?: string | null;
  @ApiPropertyOptional({ type: [IndicatorProgressResponse] }) indicators?: IndicatorProgressResponse[];
  @ApiPropertyOptional({ example: 2 }) sessionsAttended?: number;
}

export class CatchUpResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ enum: INDICATOR_STATUSES, example: 'lagging' }) statusAtJoin: string;
  @ApiProperty({ nullable: true, enum: INDICATOR_STATUSES, example: 'on-track' }) statusNow: string | null;
  @ApiProperty({ example: true }) caughtUp: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2023-10-12T09:00:00.000Z' }) caughtUpAt: string | null;
}

export class NetworkPageResponse {
  @ApiProperty({ type: LearningNetworkResponse }) network: LearningNetworkResponse;
  @ApiProperty({ type: [MemberProgressResponse] }) members: MemberProgressResponse[];
  @ApiProperty({ type: [CatchUpResponse], description: 'members that joined lagging or at risk' }) catchUp: CatchUpResponse[];
}
