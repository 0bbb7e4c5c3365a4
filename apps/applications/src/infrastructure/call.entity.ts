import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'call' })
export class CallEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'project_year', type: 'smallint' })
  projectYear: number;

  @Column({ name: 'title', type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'catalogue_version', type: 'varchar', length: 80 })
  catalogueVersion: string;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'only_earlier_participants', type: 'boolean' })
  onlyEarlierParticipants: boolean;

  @Column({ name: 'status', type: 'varchar', length: 20 })
  status: 'open' | 'closed';

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'varchar', length: 20, nullable: true })
  closedBy: 'abb' | 'closing-date' | null;
}
