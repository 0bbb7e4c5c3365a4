import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The targets a government committed to, as learned from applications' targets-committed events. */
@Entity({ name: 'committed_target' })
@Check('committed_target_target_check', 'target >= 0')
export class CommittedTargetEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'target', type: 'integer' }) target: number;
  /**
   * The two parts of the target (current reach + approved additional reach); null for a target recorded before
   * reporting kept them, which counts as all additional reach until its application's next revision.
   */
  @Column({ name: 'current_reach', type: 'integer', nullable: true }) currentReach: number | null;
  @Column({ name: 'approved_additional_reach', type: 'integer', nullable: true }) approvedAdditionalReach: number | null;
}
