import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import type { CommittedTarget } from '../domain/decision.js';
import { LocalGovernmentEntity } from './local-government.entity.js';

@Entity({ name: 'decision' })
@Unique('decision_one_per_government_and_year', ['governmentCode', 'projectYear'])
export class DecisionEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'government_code', type: 'varchar', length: 40 })
  @ForeignKey(() => LocalGovernmentEntity, 'code', { name: 'decision_government_code_fkey' })
  governmentCode: string;

  @Column({ name: 'project_year', type: 'smallint' })
  projectYear: number;

  /** The catalogue the decision's lines were priced under (null for decisions made before it was recorded). */
  @Column({ name: 'catalogue_version', type: 'varchar', length: 80, nullable: true })
  catalogueVersion: string | null;

  @Column({ name: 'targets', type: 'jsonb' })
  targets: CommittedTarget[];

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;
}
