import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A government's one membership of a learning network, in its latest state. */
@Entity({ name: 'network_member' })
@Index('network_member_by_government', ['governmentCode'])
@Check('network_member_state_known', `"state" IN ('invited', 'member', 'declined', 'left', 'removed')`)
export class NetworkMemberEntity {
  @PrimaryColumn({ name: 'network_id', type: 'varchar', length: 100 }) networkId: string;
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'state', type: 'varchar', length: 20 }) state: string;
  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true }) invitedAt: Date | null;
  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true }) joinedAt: Date | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
  @Column({ name: 'status_at_join', type: 'varchar', length: 20, nullable: true }) statusAtJoin: string | null;
  @Column({ name: 'caught_up_at', type: 'timestamptz', nullable: true }) caughtUpAt: Date | null;
}
