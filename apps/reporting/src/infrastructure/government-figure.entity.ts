import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

const integer = { to: (value: number | null) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) };

/**
 * Read model: one government's figure on one indicator in a project year, the unit every aggregate total sums: its
 * committed target (null: none, or dropped) and the report line that counts (latest period, then latest version).
 */
@Entity({ name: 'government_figure' })
@Check('government_figure_target_check', 'target >= 0')
@Check('government_figure_achieved_check', 'achieved >= 0')
@Check(
  'government_figure_counted_check',
  // The counted report is there whole or not at all; without one, achieved stays null.
  '(counted_period_code IS NULL) = (counted_report_version IS NULL) AND (counted_period_code IS NULL) = (counted_period_ends_on IS NULL) ' +
    'AND (counted_period_code IS NOT NULL OR achieved IS NULL)',
)
export class GovernmentFigureEntity {
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  @Column({ name: 'action_number', type: 'smallint' }) actionNumber: number;
  @Column({ name: 'objective_number', type: 'smallint' }) objectiveNumber: number;
  @Column({ name: 'target', type: 'integer', nullable: true, transformer: integer }) target: number | null;
  @Column({ name: 'counted_period_code', type: 'varchar', length: 20, nullable: true }) countedPeriodCode: string | null;
  @Column({ name: 'counted_period_ends_on', type: 'date', nullable: true }) countedPeriodEndsOn: string | null;
  @Column({ name: 'counted_report_version', type: 'integer', nullable: true }) countedReportVersion: number | null;
  /** The counted running total; null when not reported or a deliberate nil (then counted_period_code is set). */
  @Column({ name: 'achieved', type: 'integer', nullable: true, transformer: integer }) achieved: number | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
