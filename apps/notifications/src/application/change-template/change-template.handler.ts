import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { RuleViolation } from '#domain';
import { currentContext } from '#observability';
import { UnitOfWork } from '#persistence';
import { TEMPLATE_PARTS, TemplateError, templateFileName, type KindTemplates, type RenderedNotice } from '../../domain/notice-rendering.js';
import { NoticeTemplateRepository } from '../../infrastructure/notice-template.repository.js';
import { TemplateStore } from '../../infrastructure/template-store.js';
import { knownKind, ListTemplatesHandler } from '../list-templates/list-templates.handler.js';
import type { TemplateView } from '../list-templates/template-view.js';
import type { ChangeTemplateCommand } from './change-template.command.js';

/** The request field of each template file: a problem in `lagging.html.hbs` is a problem of `html`. */
const FIELD_OF_PART = { 'subject.txt': 'subject', txt: 'text', html: 'html' } as const;

/** A template that does not compile or render, as a 400 naming the field and the file. */
export const editProblem = (kind: string, error: unknown): RuleViolation => {
  if (!(error instanceof TemplateError)) throw error;
  const part = TEMPLATE_PARTS.find((candidate) => error.message.startsWith(templateFileName(kind as never, candidate)));
  return RuleViolation.at(part === undefined ? 'templates' : FIELD_OF_PART[part], `sjabloon onbruikbaar: ${error.message}`);
};

export interface TemplateChanged {
  template: TemplateView;
  preview: RenderedNotice;
}

/**
 * ABB changes the texts of a kind (or returns it to the shipped files): tried against every example of the kind
 * first, so a broken edit is refused and nothing is kept; every revision is kept and audited.
 */
@Injectable()
export class ChangeTemplateHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly store: TemplateStore,
    private readonly templates: NoticeTemplateRepository,
    private readonly audit: AuditTrail,
    private readonly listTemplates: ListTemplatesHandler,
  ) {}

  async execute(command: ChangeTemplateCommand): Promise<TemplateChanged> {
    const kind = knownKind(command.kind);
    const edit: KindTemplates = command.templates ?? this.store.shipped(kind);
    let preview: RenderedNotice;
    try {
      preview = this.store.try(kind, edit);
    } catch (error) {
      throw editProblem(kind, error);
    }
    await this.unitOfWork.run(async () => {
      await this.templates.lock(kind);
      const history = await this.templates.history(kind);
      const before = history[0]?.templates ?? this.store.shipped(kind);
      const revision = (history[0]?.revision ?? 0) + 1;
      await this.templates.append({
        kind,
        revision,
        templates: command.templates,
        reason: command.reason,
        changedBy: currentContext()?.actor?.subject ?? 'system',
        changedAt: new Date(),
      });
      await this.audit.record({
        action: command.templates === null ? 'notice-template-reset' : 'notice-template-changed',
        objectType: 'notice-template',
        objectId: kind,
        before: { revision: revision - 1, ...before },
        after: { revision, reason: command.reason, ...edit },
      });
    });
    await this.store.refresh();
    return { template: await this.listTemplates.get(kind), preview };
  }
}
