import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Read model: a member's latest reported total per indicator and period, from reporting's report-submitted events. */
@Entity({ name: 'member_progress' })
@Index('member_progress_by_network', ['networkId', 'projectYear'])
@Check('member_progress_achieved_not_negative', '"achieved" >= 0')
@Check('member_progress_version_positive', '"report_version" >= 1')
export class MemberProgressEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  @PrimaryColumn({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'network_id', type: 'varchar', length: 100 }) networkId: string;
  /** null: a deliberate nil report. */
  @Column({ name: 'achieved', type: 'integer', nullable: true }) achieved: number | null;
  @Column({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ name: 'report_version', type: 'integer' }) reportVersion: number;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
