import { Check, Column, Entity, Index, PrimaryColumn, Unique, type ValueTransformer } from 'typeorm';
import { CENTS } from '#persistence';

/** CENTS for a column that may be null (null stays null, not 0). */
const NULLABLE_CENTS: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export type RecoveryStatus = 'proposed' | 'confirmed' | 'waived';

/** A proposed recovery of one indicator's unmet share, and ABB's decision on it. */
@Entity({ name: 'recovery' })
@Unique('recovery_once_per_indicator', ['governmentCode', 'projectYear', 'indicatorCode'])
@Index('recovery_by_year_and_government', ['projectYear', 'governmentCode'])
@Check('recovery_status', "\"status\" IN ('proposed', 'confirmed', 'waived')")
@Check(
  'recovery_within_proposal',
  '"proposed_cents" > 0 AND "proposed_cents" <= "rule_cents" AND ' +
    '("recovered_cents" IS NULL OR ("recovered_cents" >= 0 AND "recovered_cents" <= "proposed_cents"))',
)
export class RecoveryEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  /** The government that received the money (the lead of a group). */
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ name: 'subsidy_cents', type: 'bigint', transformer: CENTS }) subsidyCents: number;
  @Column({ name: 'approved_additional_reach', type: 'integer' }) approvedAdditionalReach: number;
  @Column({ name: 'achieved_additional_reach', type: 'integer' }) achievedAdditionalReach: number;
  @Column({ name: 'target', type: 'integer' }) target: number;
  @Column({ name: 'realised', type: 'integer' }) realised: number;
  @Column({ name: 'rule_cents', type: 'bigint', transformer: CENTS }) ruleCents: number;
  @Column({ name: 'proposed_cents', type: 'bigint', transformer: CENTS }) proposedCents: number;
  @Column({ name: 'proposed_at', type: 'timestamptz' }) proposedAt: Date;
  @Column({ name: 'status', type: 'varchar', length: 20 }) status: RecoveryStatus;
  @Column({ name: 'recovered_cents', type: 'bigint', nullable: true, transformer: NULLABLE_CENTS }) recoveredCents: number | null;
  @Column({ name: 'reason', type: 'varchar', length: 2000, nullable: true }) reason: string | null;
  @Column({ name: 'decided_by', type: 'varchar', length: 200, nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'ledger_transaction_id', type: 'uuid', nullable: true }) ledgerTransactionId: string | null;
}
