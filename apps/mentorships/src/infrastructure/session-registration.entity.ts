import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A member's registration for a session and its attendance; one row per member and session. */
@Entity({ name: 'session_registration' })
@Index('session_registration_by_government', ['governmentCode'])
@Check('session_registration_registered_or_attended', '"registered_at" IS NOT NULL OR "attended_at" IS NOT NULL')
export class SessionRegistrationEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  /** null: attended without registering. */
  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true }) registeredAt: Date | null;
  @Column({ name: 'attended_at', type: 'timestamptz', nullable: true }) attendedAt: Date | null;
  /** mentor or code. */
  @Column({ name: 'attendance_recorded_by', type: 'varchar', length: 20, nullable: true }) attendanceRecordedBy: string | null;
}
