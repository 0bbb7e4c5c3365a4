import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { Channel, NoticeKind } from '../domain/notice-kinds.js';

/** A recipient's (a government's code, or `abb`) choice for one kind over one channel. */
@Entity({ name: 'notification_preference' })
@Check('notification_preference_channel_check', "channel IN ('email', 'inbox')")
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'recipient', type: 'varchar', length: 40 }) recipient: string;
  @PrimaryColumn({ name: 'kind', type: 'varchar', length: 40 }) kind: NoticeKind;
  @PrimaryColumn({ name: 'channel', type: 'varchar', length: 10 }) channel: Channel;
  @Column({ name: 'enabled', type: 'boolean' }) enabled: boolean;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
