import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per event a consumer group has applied, written in the same transaction as the effect. */
@Entity({ name: 'inbox' })
export class InboxEntity {
  @PrimaryColumn({ name: 'consumer_group', type: 'varchar', length: 100, primaryKeyConstraintName: 'inbox_pkey' }) consumerGroup: string;
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'inbox_pkey' }) eventId: string;
  @Column({ name: 'event_type', type: 'varchar', length: 120 }) eventType: string;
  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' }) processedAt: Date;
}
