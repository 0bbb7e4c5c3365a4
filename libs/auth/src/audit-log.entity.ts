import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What a jsonb column holds (kept shallow: TypeORM's partial-entity types cannot follow a recursive JSON type). */
export type JsonValue = object | string | number | boolean | null;

/** One audited write: who did what to which object, with its state before and after. Matches CreateAuditLog1763800000001. */
@Entity({ name: 'audit_log' })
@Index('audit_log_object', ['objectType', 'objectId'])
export class AuditLogEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_subject', type: 'varchar', length: 200 })
  actorSubject: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 40 })
  actorRole: string;

  @Column({ name: 'actor_organisation', type: 'varchar', length: 64, nullable: true })
  actorOrganisation: string | null;

  @Column({ name: 'action', type: 'varchar', length: 100 })
  action: string;

  @Column({ name: 'object_type', type: 'varchar', length: 100 })
  objectType: string;

  @Column({ name: 'object_id', type: 'varchar', length: 200 })
  objectId: string;

  @Column({ name: 'before', type: 'jsonb', nullable: true })
  before: JsonValue;

  @Column({ name: 'after', type: 'jsonb', nullable: true })
  after: JsonValue;

  @Column({ name: 'correlation_id', type: 'varchar', length: 100 })
  correlationId: string;
}

export const AUDIT_ENTITIES = [AuditLogEntity];
