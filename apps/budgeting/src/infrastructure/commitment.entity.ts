import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Budget committed for one decided application (targets-committed); one per application. */
@Entity({ name: 'commitment' })
@Index('commitment_by_year_and_government', ['projectYear', 'governmentCode'])
@Check('commitment_amount_not_negative', '"amount_eur" >= 0')
export class CommitmentEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'amount_eur', type: 'integer' }) amountEur: number;
  /** The targets-committed event this commitment came from. */
  @Column({ name: 'cause_event_id', type: 'uuid' }) causeEventId: string;
  @Column({ name: 'committed_at', type: 'timestamptz' }) committedAt: Date;
}
