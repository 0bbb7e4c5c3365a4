import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CENTS } from '#persistence';
import type { SubmittedLine, SubmittedStimulus } from '../domain/allocation.js';

/** An application as submitted to a call (application-submitted): what the allocation proposal is made from. */
@Entity({ name: 'submitted_application' })
@Index('submitted_application_by_call', ['callId'])
export class SubmittedApplicationEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'call_id', type: 'uuid' }) callId: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
  @Column({ name: 'lines', type: 'jsonb' }) lines: SubmittedLine[];
  @Column({ name: 'stimuli', type: 'jsonb' }) stimuli: SubmittedStimulus[];
  @Column({ name: 'requested_cents', type: 'bigint', transformer: CENTS }) requestedCents: number;
}
