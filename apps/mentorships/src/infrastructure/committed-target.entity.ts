import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Read model of targets-committed v3: a government's target per indicator and year, from its application's latest revision. */
@Entity({ name: 'committed_target' })
@Index('committed_target_by_action', ['actionNumber', 'projectYear'])
@Check('committed_target_not_negative', '"target" >= 0')
export class CommittedTargetEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 }) indicatorCode: string;
  @Column({ name: 'action_number', type: 'smallint' }) actionNumber: number;
  @Column({ name: 'target', type: 'integer' }) target: number;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'revision', type: 'integer' }) revision: number;
}
