import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { DecisionStatus } from '../domain/application-decision.js';
import type { DecidedLine, DecidedStimulus } from '../domain/decision-review.js';
import { ApplicationEntity } from './application.entity.js';
import { CENTS } from '#persistence';

@Entity({ name: 'application_decision' })
@Index('application_decision_application_id_idx', ['applicationId'])
export class ApplicationDecisionEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  @ForeignKey(() => ApplicationEntity, 'id', { name: 'application_decision_application_id_fkey' })
  applicationId: string;

  @Column({ name: 'revision', type: 'integer' })
  revision: number;

  @Column({ name: 'amendment_id', type: 'uuid', nullable: true })
  amendmentId: string | null;

  @Column({ name: 'status', type: 'varchar', length: 20 })
  status: DecisionStatus;

  @Column({ name: 'lines', type: 'jsonb' })
  lines: DecidedLine[];

  @Column({ name: 'stimuli', type: 'jsonb' })
  stimuli: DecidedStimulus[];

  @Column({ name: 'lines_cents', type: 'bigint', transformer: CENTS })
  linesCents: number;

  @Column({ name: 'stimuli_cents', type: 'bigint', transformer: CENTS })
  stimuliCents: number;

  @Column({ name: 'total_cents', type: 'bigint', transformer: CENTS })
  totalCents: number;

  @Column({ name: 'refusal_reason', type: 'varchar', length: 500, nullable: true })
  refusalReason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Column({ name: 'decided_by', type: 'varchar', length: 200 })
  decidedBy: string;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
