import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A return (result report) a government owes for a reporting period, created when its targets were committed. */
@Entity({ name: 'expected_return' })
@Index('expected_return_by_year', ['projectYear', 'governmentCode'])
export class ExpectedReturnEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'period_code', type: 'varchar', length: 20 }) periodCode: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'kind', type: 'varchar', length: 10 }) kind: 'interim' | 'annual';
  @Column({ name: 'covers_from', type: 'date' }) coversFrom: string;
  @Column({ name: 'covers_to', type: 'date' }) coversTo: string;
  @Column({ name: 'due_on', type: 'date' }) due: string;
  /** The application whose committed targets made the return owed. */
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
