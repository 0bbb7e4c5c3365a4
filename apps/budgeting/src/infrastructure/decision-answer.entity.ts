import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CENTS } from '#persistence';
import type { DecisionOutcome } from '../domain/commitment.js';

/** How budgeting answered one decision revision: a redelivered decision is recognised by its id. */
@Entity({ name: 'decision_answer' })
@Index('decision_answer_by_application', ['applicationId'])
@Check('decision_answer_outcome', `"outcome" IN ('committed', 'refused', 'superseded')`)
export class DecisionAnswerEntity {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'revision', type: 'integer' }) revision: number;
  @Column({ name: 'outcome', type: 'varchar', length: 20 }) outcome: DecisionOutcome;
  @Column({ name: 'delta_cents', type: 'bigint', transformer: CENTS }) deltaCents: number;
  @Column({ name: 'reason', type: 'varchar', length: 500, nullable: true }) reason: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz' }) answeredAt: Date;
}
