import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { WebSession } from '../domain/web-session.js';

@Entity({ name: 'web_session' })
export class WebSessionEntity {
  /** sessionKey(cookie value): the cookie itself is never stored. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'jsonb' })
  data: WebSession;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Index('web_session_by_expiry')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
