import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { NoticeKind } from '../domain/notice-kinds.js';

/**
 * One change of a kind's templates by ABB, kept for good: the latest revision of a kind is in force. A reset
 * (every part null) returns the kind to the shipped files.
 */
@Entity({ name: 'notice_template_revision' })
@Index('notice_template_revision_kind_revision', ['kind', 'revision'], { unique: true })
@Check('notice_template_revision_parts', '(subject IS NULL) = (text IS NULL) AND (text IS NULL) = (html IS NULL)')
export class NoticeTemplateRevisionEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' }) id: string;
  @Column({ name: 'kind', type: 'varchar', length: 40 }) kind: NoticeKind;
  @Column({ name: 'revision', type: 'integer' }) revision: number;
  @Column({ name: 'subject', type: 'text', nullable: true }) subject: string | null;
  @Column({ name: 'text', type: 'text', nullable: true }) text: string | null;
  @Column({ name: 'html', type: 'text', nullable: true }) html: string | null;
  @Column({ name: 'reason', type: 'varchar', length: 500 }) reason: string;
  @Column({ name: 'changed_by', type: 'varchar', length: 200 }) changedBy: string;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
