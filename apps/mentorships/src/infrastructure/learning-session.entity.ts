import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'learning_session' })
@Index('learning_session_by_network', ['networkId', 'startsAt'])
@Check('learning_session_ends_after_start', '"ends_at" > "starts_at"')
@Check('learning_session_capacity_positive', '"capacity" >= 1')
@Check('learning_session_state_known', `"state" IN ('planned', 'cancelled')`)
export class LearningSessionEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  @Column({ name: 'network_id', type: 'varchar', length: 100 }) networkId: string;
  @Column({ name: 'title', type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'theme', type: 'varchar', length: 200 }) theme: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ name: 'place', type: 'varchar', length: 300, nullable: true }) place: string | null;
  @Column({ name: 'online_link', type: 'varchar', length: 500, nullable: true }) onlineLink: string | null;
  @Column({ name: 'agenda', type: 'text' }) agenda: string;
  @Column({ name: 'capacity', type: 'integer' }) capacity: number;
  @Column({ name: 'materials', type: 'jsonb' }) materials: string[];
  @Column({ name: 'state', type: 'varchar', length: 20 }) state: string;
  @Column({ name: 'attendance_code', type: 'varchar', length: 12 }) attendanceCode: string;
  @Column({ name: 'sequence', type: 'integer' }) sequence: number;
  @Column({ name: 'planned_at', type: 'timestamptz' }) plannedAt: Date;
}
