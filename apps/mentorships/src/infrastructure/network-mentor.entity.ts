import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A mentor user ABB assigned to a learning network; the IdP lists the network in that user's token. */
@Entity({ name: 'network_mentor' })
@Index('network_mentor_by_subject', ['subject'])
export class NetworkMentorEntity {
  @PrimaryColumn({ name: 'network_id', type: 'varchar', length: 100 }) networkId: string;
  /** The user's subject at the IdP (ACM/IDM PersoonsID). */
  @PrimaryColumn({ name: 'subject', type: 'varchar', length: 200 }) subject: string;
  @Column({ name: 'name', type: 'varchar', length: 200, nullable: true }) name: string | null;
  @Column({ name: 'assigned_at', type: 'timestamptz' }) assignedAt: Date;
}
