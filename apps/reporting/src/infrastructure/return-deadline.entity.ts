import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DeadlineMoment, MomentOutcome } from '../domain/return-deadlines.js';

/**
 * One moment of an expected return on the programme clock (a reminder or overdue), fired once by the deadline poller:
 * settled with its outcome in the unit of work that sent (or passed over) it, so it never fires twice.
 */
@Entity({ name: 'return_deadline' })
@Index('return_deadline_by_time', ['at'])
@Check('return_deadline_moment_known', "moment IN ('reminder-14', 'reminder-3', 'overdue')")
@Check('return_deadline_settled_with_outcome', '(settled_at IS NULL) = (outcome IS NULL)')
export class ReturnDeadlineEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @PrimaryColumn({ name: 'moment', type: 'varchar', length: 12 }) moment: DeadlineMoment;
  /** Programme time of the moment. */
  @Column({ name: 'at', type: 'timestamptz' }) at: Date;
  /** Programme time at which the poller settled it; null while it is still to come (or not yet noticed). */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true }) settledAt: Date | null;
  @Column({ name: 'outcome', type: 'varchar', length: 12, nullable: true }) outcome: MomentOutcome | null;
}
