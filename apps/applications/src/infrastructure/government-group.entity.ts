import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { LocalGovernmentEntity } from './local-government.entity.js';

/** "group" is an SQL keyword: the table is government_group. */
@Entity({ name: 'government_group' })
@Index('government_group_code_per_year', ['projectYear', 'groupCode'], { unique: true })
export class GovernmentGroupEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'group_code', type: 'varchar', length: 40 })
  groupCode: string;

  @Column({ name: 'project_year', type: 'smallint' })
  projectYear: number;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'reference_region', type: 'varchar', length: 200 })
  referenceRegion: string;

  @Column({ name: 'lead_code', type: 'varchar', length: 40 })
  @ForeignKey(() => LocalGovernmentEntity, 'code', { name: 'government_group_lead_code_fkey' })
  leadCode: string;

  @Column({ name: 'member_codes', type: 'jsonb' })
  memberCodes: string[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
