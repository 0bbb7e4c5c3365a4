import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A learning network opened by a granted mentorship (targets-committed v3); one per mentor, action and project year. */
@Entity({ name: 'learning_network' })
@Index('learning_network_one_per_mentor_action_year', ['mentorCode', 'actionNumber', 'projectYear'], { unique: true })
@Check('learning_network_amount_not_negative', '"amount_cents" >= 0')
@Check('learning_network_sharing_known', `"sharing" IN ('names-only', 'names-and-statuses', 'figures')`)
export class LearningNetworkEntity {
  @PrimaryColumn({ name: 'id', type: 'varchar', length: 100 }) id: string;
  @Column({ name: 'mentor_code', type: 'varchar', length: 40 }) mentorCode: string;
  @Column({ name: 'action_number', type: 'smallint' }) actionNumber: number;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  amountCents: number;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt: Date;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  /** Increases with every change of the member list (network-members-changed v1). */
  @Column({ name: 'membership_version', type: 'integer', default: 0 }) membershipVersion: number;
  /** What members see of each other's progress (NetworkSharing). */
  @Column({ name: 'sharing', type: 'varchar', length: 30, default: 'names-and-statuses' }) sharing: string;
  /** When its sessions were checked against the minimum of its project year; null until then. */
  @Column({ name: 'sessions_checked_at', type: 'timestamptz', nullable: true }) sessionsCheckedAt: Date | null;
  @Column({ name: 'sessions_behind', type: 'boolean', nullable: true }) sessionsBehind: boolean | null;
}
