import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { IndicatorStatusChangedV1 } from '#contracts';

/**
 * A lagging notice for a government whose registration has not reached this service yet (the two
 * facts travel on different topics, so their order is not guaranteed). Sent when the contacts arrive.
 */
@Entity({ name: 'notice_awaiting_contacts' })
@Index('notice_awaiting_contacts_by_government', ['governmentCode', 'receivedAt'])
export class NoticeAwaitingContactsEntity {
  @PrimaryColumn({ name: 'cause_event_id', type: 'uuid' }) causeEventId: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'change', type: 'jsonb' }) change: IndicatorStatusChangedV1;
  @Column({ name: 'correlation_id', type: 'varchar', length: 100 }) correlationId: string;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}
