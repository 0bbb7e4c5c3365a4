import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A report waits for ABB's review while a version later than the last reviewed one was submitted. */
@Entity({ name: 'report_review_state' })
@Index('report_review_state_waiting', ['submittedAt'], { where: 'submitted_version > reviewed_version' })
export class ReportReviewStateEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'project_year', type: 'integer' }) projectYear: number;
  @Column({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  /** 0 while only a review is known (events replayed out of order). */
  @Column({ name: 'submitted_version', type: 'integer' }) submittedVersion: number;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'late', type: 'boolean' }) late: boolean;
  @Column({ name: 'reviewed_version', type: 'integer' }) reviewedVersion: number;
}
