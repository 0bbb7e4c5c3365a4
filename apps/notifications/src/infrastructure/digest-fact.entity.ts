import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type DigestFactKind = 'status-changed' | 'overdue';

/** A fact for ABB's daily digest, kept until a digest names it (`digestDay`). */
@Entity({ name: 'digest_fact' })
@Check('digest_fact_fact_check', "fact IN ('status-changed', 'overdue')")
@Index('digest_fact_pending', ['recordedAt'], { where: 'digest_day IS NULL' })
export class DigestFactEntity {
  /** The event that brought it: a duplicate delivery records nothing more. */
  @PrimaryColumn({ name: 'cause_event_id', type: 'uuid' }) causeEventId: string;
  @Column({ name: 'fact', type: 'varchar', length: 20 }) fact: DigestFactKind;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'project_year', type: 'integer' }) projectYear: number;
  @Column({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'indicator_code', type: 'varchar', length: 20, nullable: true }) indicatorCode: string | null;
  /** For a status change: lagging or at-risk. */
  @Column({ name: 'status', type: 'varchar', length: 20, nullable: true }) status: 'lagging' | 'at-risk' | null;
  /** For an overdue return: its due date. */
  @Column({ name: 'due', type: 'date', nullable: true }) due: string | null;
  /** Programme time at which it arrived. */
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
  @Column({ name: 'digest_day', type: 'date', nullable: true }) digestDay: string | null;
}
