import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A closed call (call-closed) and the applications it lists: the proposal waits until all of them arrived. */
@Entity({ name: 'closed_call' })
export class ClosedCallEntity {
  @PrimaryColumn({ name: 'call_id', type: 'uuid' }) callId: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'closed_at', type: 'timestamptz' }) closedAt: Date;
  @Column({ name: 'submitted_application_ids', type: 'uuid', array: true }) submittedApplicationIds: string[];
}
