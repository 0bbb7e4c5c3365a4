import { Column, Entity, PrimaryColumn } from 'typeorm';

/** ABB accepted a government's annual report of a project year (report-reviewed v2): its balance payments are due. */
@Entity({ name: 'accepted_annual_report' })
export class AcceptedAnnualReportEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ name: 'report_version', type: 'integer' }) reportVersion: number;
  @Column({ name: 'accepted_at', type: 'timestamptz' }) acceptedAt: Date;
}
