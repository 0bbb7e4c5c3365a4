import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { ReportLine } from '../domain/report.js';

/** Every submitted version of a report is kept; the newest version is the one that counts. */
@Entity({ name: 'report' })
@Check('report_version_check', 'version >= 1')
@Unique('report_version_once', ['governmentCode', 'periodCode', 'version'])
@Index('report_idempotency_key', ['governmentCode', 'idempotencyKey'], { unique: true, where: 'idempotency_key IS NOT NULL' })
export class ReportEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'version', type: 'integer' }) version: number;
  @Column({ name: 'results', type: 'jsonb' }) results: ReportLine[];
  @Column({ name: 'submitted_by', type: 'varchar', length: 200 }) submittedBy: string;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
  /** The period's due date (catalogue); a report after it is accepted and marked late. */
  @Column({ name: 'due_on', type: 'date' }) due: string;
  @Column({ name: 'late', type: 'boolean' }) late: boolean;
  /** The caller's Idempotency-Key, unique per government: the same request sent again answers this report. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true }) idempotencyKey: string | null;
  /** sha256 of what the request said, to tell a repeat from another request reusing the key. */
  @Column({ name: 'request_fingerprint', type: 'varchar', length: 64, nullable: true }) requestFingerprint: string | null;
}
