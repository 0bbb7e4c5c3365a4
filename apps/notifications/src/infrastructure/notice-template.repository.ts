import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { NoticeKind } from '../domain/notice-kinds.js';
import type { KindTemplates } from '../domain/notice-rendering.js';
import { NoticeTemplateRevisionEntity } from './notice-template-revision.entity.js';

/** Two ABB users changing one kind at once number their revisions one after the other. */
const NOTICE_TEMPLATE_LOCK = lockNamespace('notice template', 513);

export interface TemplateRevision {
  kind: NoticeKind;
  revision: number;
  /** null: back to the shipped files. */
  templates: KindTemplates | null;
  reason: string;
  changedBy: string;
  changedAt: Date;
}

const toRevision = (row: NoticeTemplateRevisionEntity): TemplateRevision => ({
  kind: row.kind,
  revision: row.revision,
  templates:
    row.subject === null || row.text === null || row.html === null ? null : { 'subject.txt': row.subject, txt: row.text, html: row.html },
  reason: row.reason,
  changedBy: row.changedBy,
  changedAt: row.changedAt,
});

@Injectable()
export class NoticeTemplateRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lock(kind: NoticeKind): Promise<void> {
    return lockUntilCommit(NOTICE_TEMPLATE_LOCK, kind);
  }

  /** The latest revision of every kind ABB ever changed. */
  async latest(): Promise<TemplateRevision[]> {
    const rows = await this.unitOfWork.manager
      .getRepository(NoticeTemplateRevisionEntity)
      .createQueryBuilder('revision')
      .distinctOn(['revision.kind'])
      .orderBy('revision.kind')
      .addOrderBy('revision.revision', 'DESC')
      .getMany();
    return rows.map(toRevision);
  }

  /** Newest first. */
  async history(kind: NoticeKind): Promise<TemplateRevision[]> {
    const rows = await this.unitOfWork.manager
      .getRepository(NoticeTemplateRevisionEntity)
      .find({ where: { kind }, order: { revision: 'DESC' } });
    return rows.map(toRevision);
  }

  /** How many changes there have been of any kind: another instance's change shows as a different count. */
  async changeCount(): Promise<number> {
    return this.unitOfWork.manager.getRepository(NoticeTemplateRevisionEntity).count();
  }

  async append(revision: TemplateRevision): Promise<void> {
    await this.unitOfWork.manager.getRepository(NoticeTemplateRevisionEntity).insert({
      kind: revision.kind,
      revision: revision.revision,
      subject: revision.templates?.['subject.txt'] ?? null,
      text: revision.templates?.txt ?? null,
      html: revision.templates?.html ?? null,
      reason: revision.reason,
      changedBy: revision.changedBy,
      changedAt: revision.changedAt,
    });
  }
}
