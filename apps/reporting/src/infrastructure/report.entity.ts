import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { ReportLine } from '../domain/report.js';

/** Every submitted version of a report is kept; the newest version is the one that counts. */
@Entity({ name: 'report' })
@Check('report_version_check', 'version >= 1')
@Unique('report_version_once', ['governmentCode', 'periodCode', 'version'])
export class ReportEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'version', type: 'integer' }) version: number;
  @Column({ name: 'results', type: 'jsonb' }) results: ReportLine[];
  @Column({ name: 'submitted_by', type: 'varchar', length: 200 }) submittedBy: string;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
}
