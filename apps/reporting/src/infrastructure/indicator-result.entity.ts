import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { IndicatorStatus } from '#contracts';

/** Read model: the counted result and status of one government x indicator x period. */
@Entity({ name: 'indicator_result' })
@Check('indicator_result_achieved_check', 'achieved >= 0')
export class IndicatorResultEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @PrimaryColumn({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  @Column({ name: 'period_ends_on', type: 'date' }) periodEndsOn: string;
  @Column({ name: 'achieved', type: 'integer', nullable: true }) achieved: number | null;
  /** null: not reported by the due date. */
  @Column({ name: 'report_version', type: 'integer', nullable: true }) reportVersion: number | null;
  @Column({ name: 'target', type: 'integer' }) target: number;
  @Column({
    name: 'expected',
    type: 'numeric',
    precision: 14,
    scale: 2,
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  expected: number;
  @Column({ name: 'status', type: 'varchar', length: 20 }) status: IndicatorStatus;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
