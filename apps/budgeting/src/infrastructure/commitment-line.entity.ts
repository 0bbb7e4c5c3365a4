import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommitmentEntity } from './commitment.entity.js';

/** One priced line of a commitment: subsidised reach x euro per KPI from the catalogue. */
@Entity({ name: 'commitment_line' })
@Check('commitment_line_reach_within_approval', '"subsidised_reach" >= 0 AND "subsidised_reach" <= "approved_additional_reach"')
@Check('commitment_line_price_not_negative', '"eur_per_kpi" >= 0')
@Check('commitment_line_amount_is_reach_times_price', '"amount_eur" = "subsidised_reach" * "eur_per_kpi"')
export class CommitmentLineEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  @Column({ name: 'approved_additional_reach', type: 'integer' }) approvedAdditionalReach: number;
  @Column({ name: 'subsidised_reach', type: 'integer' }) subsidisedReach: number;
  @Column({ name: 'eur_per_kpi', type: 'integer' }) eurPerKpi: number;
  @Column({ name: 'amount_eur', type: 'integer' }) amountEur: number;

  /** Declared for the foreign key only; lines are read by application id. */
  @ManyToOne(() => CommitmentEntity)
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'commitment_line_of_commitment' })
  commitment?: CommitmentEntity;
}
