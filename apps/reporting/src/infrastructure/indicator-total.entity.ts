import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The programme-wide figures per indicator as the previous release recomputed them. No longer written or read (the
 * incremental totals replaced it: figure-total.entity.ts); kept until no running release reads it, then dropped.
 */
@Entity({ name: 'indicator_total' })
export class IndicatorTotalEntity {
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  /** Sum of committed targets. */
  @Column({ name: 'planned', type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  planned: number;
  /** Sum over governments of the total in their latest report for the year. */
  @Column({ name: 'realised', type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  realised: number;
  @Column({ name: 'governments', type: 'integer' }) governments: number;
  @Column({ name: 'governments_reported', type: 'integer' }) governmentsReported: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
