import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { IndicatorStatusChangedV1 } from '#contracts';
import type { NoticeFacts } from '../domain/notice.js';

/**
 * A notice for a government whose contacts this service does not know yet (registration travels on another topic,
 * and a government of the shipped register has none until ABB imports them). Sent when the contacts arrive.
 */
@Entity({ name: 'notice_awaiting_contacts' })
@Index('notice_awaiting_contacts_by_government', ['governmentCode', 'receivedAt'])
export class NoticeAwaitingContactsEntity {
  @PrimaryColumn({ name: 'cause_event_id', type: 'uuid' }) causeEventId: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'kind', type: 'varchar', length: 40 }) kind: string;
  /** What the message is to say (held by this release). */
  @Column({ name: 'facts', type: 'jsonb', nullable: true }) facts: NoticeFacts | null;
  /** A v1 status change held by an earlier release; sent as a lagging notice for its one indicator. */
  @Column({ name: 'change', type: 'jsonb', nullable: true }) change: IndicatorStatusChangedV1 | null;
  @Column({ name: 'correlation_id', type: 'varchar', length: 100 }) correlationId: string;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}
