import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { ApplicationContact, ApplicationLine, ApplicationStatus, RequestedStimuli } from '../domain/application.js';
import { CallEntity } from './call.entity.js';
import { LocalGovernmentEntity } from './local-government.entity.js';

@Entity({ name: 'application' })
@Index('application_one_per_call_and_applicant', ['callId', 'governmentCode'], { unique: true })
export class ApplicationEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  @ForeignKey(() => CallEntity, 'id', { name: 'application_call_id_fkey' })
  callId: string;

  @Column({ name: 'project_year', type: 'smallint' })
  projectYear: number;

  @Column({ name: 'government_code', type: 'varchar', length: 40 })
  @ForeignKey(() => LocalGovernmentEntity, 'code', { name: 'application_government_code_fkey' })
  governmentCode: string;

  @Column({ name: 'group_code', type: 'varchar', length: 40, nullable: true })
  groupCode: string | null;

  @Column({ name: 'member_codes', type: 'jsonb' })
  memberCodes: string[];

  @Column({ name: 'catalogue_version', type: 'varchar', length: 80 })
  catalogueVersion: string;

  @Column({ name: 'status', type: 'varchar', length: 20 })
  status: ApplicationStatus;

  @Column({ name: 'lines', type: 'jsonb' })
  lines: ApplicationLine[];

  @Column({ name: 'stimuli', type: 'jsonb' })
  stimuli: RequestedStimuli;

  @Column({ name: 'contacts', type: 'jsonb' })
  contacts: ApplicationContact[];

  @Column({ name: 'iban', type: 'varchar', length: 34, nullable: true })
  iban: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
