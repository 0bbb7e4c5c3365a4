import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The interim review found the indicator below 25% of its target: continuation into project year 3 needs a
 * motivation. Open until ABB accepts the motivation (cleared); removed when a corrected interim report reaches 25%.
 */
@Entity({ name: 'at_risk_flag' })
export class AtRiskFlagEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  /** The interim period whose report raised it. */
  @Column({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'achieved', type: 'integer', nullable: true }) achieved: number | null;
  @Column({ name: 'target', type: 'integer' }) target: number;
  @Column({ name: 'report_version', type: 'integer' }) reportVersion: number;
  /** The government's motivation in the report version that counts, if it gave one. */
  @Column({ name: 'motivation', type: 'text', nullable: true }) motivation: string | null;
  @Column({ name: 'raised_at', type: 'timestamptz' }) raisedAt: Date;
  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true }) clearedAt: Date | null;
  @Column({ name: 'cleared_by', type: 'varchar', length: 200, nullable: true }) clearedBy: string | null;
  @Column({ name: 'clear_reason', type: 'text', nullable: true }) clearReason: string | null;
}
