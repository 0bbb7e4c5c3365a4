import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The digest of one day, composed once (the primary key), with what it named. */
@Entity({ name: 'abb_digest' })
export class AbbDigestEntity {
  @PrimaryColumn({ name: 'day', type: 'date' }) day: string;
  /** Programme time at which it was composed. */
  @Column({ name: 'composed_at', type: 'timestamptz' }) composedAt: Date;
  @Column({ name: 'status_changes', type: 'integer' }) statusChanges: number;
  @Column({ name: 'overdue', type: 'integer' }) overdue: number;
  @Column({ name: 'awaiting_review', type: 'integer' }) awaitingReview: number;
}
