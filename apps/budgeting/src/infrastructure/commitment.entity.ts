import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CENTS } from '#persistence';
import type { CommittedLine, CommittedStimulus } from '../domain/commitment.js';

/** The decision revision in force per application, as committed against the year's budget. */
@Entity({ name: 'commitment' })
@Index('commitment_by_year_and_government', ['projectYear', 'governmentCode'])
@Check('commitment_amount_not_negative', '"committed_cents" >= 0')
@Check('commitment_parts_add_up', '"committed_cents" = "lines_cents" + "stimuli_cents"')
export class CommitmentEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @Column({ name: 'revision', type: 'integer' }) revision: number;
  @Column({ name: 'call_id', type: 'uuid' }) callId: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'iban', type: 'varchar', length: 34 }) iban: string;
  @Column({ name: 'catalogue_version', type: 'varchar', length: 80 }) catalogueVersion: string;
  @Column({ name: 'lines', type: 'jsonb' }) lines: CommittedLine[];
  @Column({ name: 'stimuli', type: 'jsonb' }) stimuli: CommittedStimulus[];
  @Column({ name: 'lines_cents', type: 'bigint', transformer: CENTS }) linesCents: number;
  @Column({ name: 'stimuli_cents', type: 'bigint', transformer: CENTS }) stimuliCents: number;
  @Column({ name: 'committed_cents', type: 'bigint', transformer: CENTS }) committedCents: number;
  @Column({ name: 'committed_at', type: 'timestamptz' }) committedAt: Date;
}
