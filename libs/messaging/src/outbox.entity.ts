import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EventEnvelope } from '#contracts';

/**
 * An event written in the same transaction as the state change it describes. Published rows are kept:
 * they are the service's event log (reporting can rebuild from it). Retention: archive or delete rows
 * with published_at older than the replay horizon (e.g. 13 months) once the log is kept elsewhere.
 */
@Entity({ name: 'outbox' })
@Unique('outbox_event_id_unique', ['eventId'])
@Index('outbox_unpublished', ['position'], { where: 'published_at IS NULL' })
@Index('outbox_by_key', ['key', 'position'])
export class OutboxEntity {
  /** Publication order; bigint arrives from pg as a string. */
  @PrimaryGeneratedColumn('increment', { name: 'position', type: 'bigint', primaryKeyConstraintName: 'outbox_pkey' }) position: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @Column({ name: 'topic', type: 'varchar', length: 200 }) topic: string;
  @Column({ name: 'key', type: 'varchar', length: 200 }) key: string;
  @Column({ name: 'type', type: 'varchar', length: 120 }) type: string;
  @Column({ name: 'version', type: 'integer' }) version: number;
  @Column({ name: 'envelope', type: 'jsonb' }) envelope: EventEnvelope<object>;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'attempts', type: 'integer', default: 0 }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
}
