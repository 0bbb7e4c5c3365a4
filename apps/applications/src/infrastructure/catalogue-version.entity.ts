import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { IndicatorRate } from '#catalogue';

/** A catalogue version ABB published; the base version is the data file's and has no row. Rows never change. */
@Entity({ name: 'catalogue_version' })
@Index('catalogue_version_by_name', ['catalogueVersion'])
@Check('catalogue_version_sequence_positive', '"sequence" >= 1')
export class CatalogueVersionEntity {
  /** Publication order, 1 for the first published version. */
  @PrimaryColumn({ name: 'sequence', type: 'integer' }) sequence: number;
  @Column({ name: 'catalogue_version', type: 'varchar', length: 80 }) catalogueVersion: string;
  @Column({ name: 'from_project_year', type: 'smallint' }) fromProjectYear: number;
  @Column({ name: 'previous_version', type: 'varchar', length: 80 }) previousVersion: string;
  @Column({ name: 'note', type: 'varchar', length: 2000 }) note: string;
  @Column({ name: 'changes', type: 'jsonb' }) changes: IndicatorRate[];
  /** Every indicator's rate and cap, so the version resolves without replaying the ones before it. */
  @Column({ name: 'rates', type: 'jsonb' }) rates: IndicatorRate[];
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt: Date;
  @Column({ name: 'published_by', type: 'varchar', length: 200 }) publishedBy: string;
}
