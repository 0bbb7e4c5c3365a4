import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import { NOTICE_KINDS, type NoticeKind } from '../../domain/notice-kinds.js';
import { NoticeTemplateRepository, type TemplateRevision } from '../../infrastructure/notice-template.repository.js';
import { TemplateStore } from '../../infrastructure/template-store.js';
import { templateView, type TemplateView } from './template-view.js';

/** A kind named in a path: one of the kinds the service sends. */
export const knownKind = (kind: string): NoticeKind => {
  if ((NOTICE_KINDS as readonly string[]).includes(kind)) return kind as NoticeKind;
  throw new NotFound(`no message kind ${kind}: the kinds are ${NOTICE_KINDS.join(', ')}`);
};

/** The templates in force per kind, and every change ABB made to them. */
@Injectable()
export class ListTemplatesHandler {
  constructor(
    private readonly store: TemplateStore,
    private readonly templates: NoticeTemplateRepository,
  ) {}

  async list(): Promise<TemplateView[]> {
    await this.store.refresh();
    const latest = new Map((await this.templates.latest()).map((revision) => [revision.kind, revision.revision]));
    const inForce = this.store.inForce();
    return NOTICE_KINDS.map((kind) => templateView(kind, inForce[kind], this.store.isEdited(kind), latest.get(kind) ?? 0));
  }

  async get(kind: string): Promise<TemplateView> {
    const view = (await this.list()).find((candidate) => candidate.kind === knownKind(kind));
    return view!;
  }

  history(kind: string): Promise<TemplateRevision[]> {
    return this.templates.history(knownKind(kind));
  }
}
