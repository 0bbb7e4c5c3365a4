import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CENTS } from '#persistence';
import type { ProposedApplication } from '../domain/allocation.js';

/** The allocation proposal of a closed call: one per call, made once. */
@Entity({ name: 'allocation_proposal' })
@Unique('allocation_proposal_proposal_id_key', ['proposalId'])
export class AllocationProposalEntity {
  @PrimaryColumn({ name: 'call_id', type: 'uuid' }) callId: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'budget_cents', type: 'bigint', transformer: CENTS }) budgetCents: number;
  @Column({ name: 'available_cents', type: 'bigint', transformer: CENTS }) availableCents: number;
  @Column({ name: 'rule', type: 'varchar', length: 80 }) rule: string;
  @Column({ name: 'applications', type: 'jsonb' }) applications: ProposedApplication[];
  @Column({ name: 'requested_cents', type: 'bigint', transformer: CENTS }) requestedCents: number;
  @Column({ name: 'lines_cents', type: 'bigint', transformer: CENTS }) linesCents: number;
  @Column({ name: 'stimuli_cents', type: 'bigint', transformer: CENTS }) stimuliCents: number;
  @Column({ name: 'proposed_at', type: 'timestamptz' }) proposedAt: Date;
}
