import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DraftLine } from '../domain/report-draft.js';

/** A government's unsent report for a period, as its officer typed it: one per government and period, replaced on save. */
@Entity({ name: 'report_draft' })
export class ReportDraftEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'lines', type: 'jsonb' }) lines: DraftLine[];
  @Column({ name: 'saved_by', type: 'varchar', length: 200 }) savedBy: string;
  @Column({ name: 'saved_at', type: 'timestamptz' }) savedAt: Date;
}
