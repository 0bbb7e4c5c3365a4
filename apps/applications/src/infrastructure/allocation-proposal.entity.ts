import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { ProposedApplication } from '../domain/allocation-proposal.js';
import { CallEntity } from './call.entity.js';
import { CENTS } from '#persistence';

/** Budgeting's latest allocation proposal per call. */
@Entity({ name: 'allocation_proposal' })
export class AllocationProposalEntity {
  @PrimaryColumn({ name: 'call_id', type: 'uuid' })
  @ForeignKey(() => CallEntity, 'id', { name: 'allocation_proposal_call_id_fkey' })
  callId: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ name: 'project_year', type: 'smallint' })
  projectYear: number;

  @Column({ name: 'budget_cents', type: 'bigint', transformer: CENTS })
  budgetCents: number;

  @Column({ name: 'available_cents', type: 'bigint', transformer: CENTS })
  availableCents: number;

  @Column({ name: 'rule', type: 'varchar', length: 80 })
  rule: string;

  @Column({ name: 'applications', type: 'jsonb' })
  applications: ProposedApplication[];

  @Column({ name: 'requested_cents', type: 'bigint', transformer: CENTS })
  requestedCents: number;

  @Column({ name: 'lines_cents', type: 'bigint', transformer: CENTS })
  linesCents: number;

  @Column({ name: 'stimuli_cents', type: 'bigint', transformer: CENTS })
  stimuliCents: number;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
