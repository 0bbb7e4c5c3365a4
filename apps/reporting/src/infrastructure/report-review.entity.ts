import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ReviewComment, ReviewOutcome } from '../domain/report-review.js';

/** ABB's review of one report version; a version is reviewed once, a new version gets a review of its own. */
@Entity({ name: 'report_review' })
@Check('report_review_outcome_check', "outcome IN ('accepted', 'changes-requested')")
@Index('report_review_by_period', ['governmentCode', 'periodCode'])
export class ReportReviewEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'report_version', type: 'integer' }) reportVersion: number;
  @Column({ name: 'outcome', type: 'varchar', length: 20 }) outcome: ReviewOutcome;
  @Column({ name: 'comments', type: 'jsonb' }) comments: ReviewComment[];
  /** Accepted versions only: the indicators whose motivation ABB did not accept (every other motivation was). */
  @Column({ name: 'motivations_not_accepted', type: 'jsonb', default: () => "'[]'" }) motivationsNotAccepted: string[];
  @Column({ name: 'reviewed_by', type: 'varchar', length: 200 }) reviewedBy: string;
  @Column({ name: 'reviewed_at', type: 'timestamptz' }) reviewedAt: Date;
}
