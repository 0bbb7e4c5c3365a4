import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Which revision of an application's targets reporting holds: a later revision replaces the targets whole. */
@Entity({ name: 'target_commitment' })
@Check('target_commitment_revision_positive', '"revision" >= 1')
export class TargetCommitmentEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @Column({ name: 'revision', type: 'integer' }) revision: number;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'group_code', type: 'varchar', length: 40, nullable: true }) groupCode: string | null;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'catalogue_version', type: 'varchar', length: 80 }) catalogueVersion: string;
  @Column({ name: 'total_cents', type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  totalCents: number;
  /** The indicators of this revision, so the next one knows which planned figures it changes. */
  @Column({ name: 'indicator_codes', type: 'jsonb' }) indicatorCodes: string[];
  @Column({ name: 'committed_at', type: 'timestamptz' }) committedAt: Date;
}
