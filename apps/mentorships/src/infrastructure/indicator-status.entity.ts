import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of indicator-status-changed v2: a government's latest status per indicator and year. */
@Entity({ name: 'indicator_status' })
export class IndicatorStatusEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'action_number', type: 'smallint' }) actionNumber: number;
  @Column({ name: 'status', type: 'varchar', length: 20 }) status: string;
  @Column({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'report_version', type: 'integer', nullable: true }) reportVersion: number | null;
  @Column({ name: 'achieved', type: 'integer', nullable: true }) achieved: number | null;
  @Column({ name: 'target', type: 'integer' }) target: number;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
