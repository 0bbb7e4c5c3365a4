import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { AmendedLine, AmendmentStatus } from '../domain/amendment.js';
import { ApplicationEntity } from './application.entity.js';

@Entity({ name: 'amendment' })
@Index('amendment_application_id_idx', ['applicationId'])
export class AmendmentEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  @ForeignKey(() => ApplicationEntity, 'id', { name: 'amendment_application_id_fkey' })
  applicationId: string;

  @Column({ name: 'lines', type: 'jsonb' })
  lines: AmendedLine[];

  @Column({ name: 'reason', type: 'varchar', length: 2000 })
  reason: string;

  @Column({ name: 'status', type: 'varchar', length: 20 })
  status: AmendmentStatus;

  @Column({ name: 'requested_by', type: 'varchar', length: 200 })
  requestedBy: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'reviewed_by', type: 'varchar', length: 200, nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'comment', type: 'varchar', length: 2000, nullable: true })
  comment: string | null;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;
}
