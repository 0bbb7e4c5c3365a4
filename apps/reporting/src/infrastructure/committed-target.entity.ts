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
}
