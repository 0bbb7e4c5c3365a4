import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FigureLevel } from '../domain/aggregates.js';

const bigint = { to: (value: number) => value, from: (value: string) => Number(value) };
const LEVEL_CHECK = "level IN ('indicator', 'action', 'objective', 'year')";

/** Read model: programme-wide totals per project year and indicator, action, objective or the whole year, kept incrementally. */
@Entity({ name: 'programme_total' })
@Check('programme_total_level_check', LEVEL_CHECK)
export class ProgrammeTotalEntity {
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @PrimaryColumn({ name: 'level', type: 'varchar', length: 10 }) level: FigureLevel;
  /** Indicator code, action number, objective number, or 'all' for the year. */
  @PrimaryColumn({ name: 'scope_key', type: 'varchar', length: 40 }) scopeKey: string;
  @Column({ name: 'planned', type: 'bigint', transformer: bigint }) planned: number;
  @Column({ name: 'realised', type: 'bigint', transformer: bigint }) realised: number;
  @Column({ name: 'targets', type: 'integer' }) targets: number;
  @Column({ name: 'targets_reported', type: 'integer' }) targetsReported: number;
  @Column({ name: 'targets_reached', type: 'integer' }) targetsReached: number;
  @Column({ name: 'governments', type: 'integer' }) governments: number;
  @Column({ name: 'governments_reported', type: 'integer' }) governmentsReported: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Read model: the same totals per government (its own figures per indicator, action, objective and year). */
@Entity({ name: 'government_total' })
@Check('government_total_level_check', LEVEL_CHECK)
@Index('government_total_by_level', ['projectYear', 'level', 'scopeKey'])
export class GovernmentTotalEntity {
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'level', type: 'varchar', length: 10 }) level: FigureLevel;
  @PrimaryColumn({ name: 'scope_key', type: 'varchar', length: 40 }) scopeKey: string;
  @Column({ name: 'planned', type: 'bigint', transformer: bigint }) planned: number;
  @Column({ name: 'realised', type: 'bigint', transformer: bigint }) realised: number;
  @Column({ name: 'targets', type: 'integer' }) targets: number;
  @Column({ name: 'targets_reported', type: 'integer' }) targetsReported: number;
  @Column({ name: 'targets_reached', type: 'integer' }) targetsReached: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
