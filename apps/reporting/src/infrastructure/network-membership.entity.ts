import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A learning network's members as mentorships last announced them: the mentor reads their figures. */
@Entity({ name: 'network_membership' })
@Check('network_membership_version_positive', '"membership_version" >= 1')
export class NetworkMembershipEntity {
  @PrimaryColumn({ name: 'network_id', type: 'varchar', length: 100 }) networkId: string;
  @Column({ name: 'mentor_government_code', type: 'varchar', length: 40 }) mentorGovernmentCode: string;
  @Column({ name: 'action_number', type: 'smallint' }) actionNumber: number;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'member_codes', type: 'jsonb' }) memberCodes: string[];
  /** Mentorships' count of changes to the network's members: a lower one is an older list. */
  @Column({ name: 'membership_version', type: 'integer' }) membershipVersion: number;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
