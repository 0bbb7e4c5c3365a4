import { Injectable } from '@nestjs/common';
import type { KindTemplates, RenderedNotice } from '../../domain/notice-rendering.js';
import { TemplateStore } from '../../infrastructure/template-store.js';
import { editProblem } from '../change-template/change-template.handler.js';
import { knownKind } from '../list-templates/list-templates.handler.js';

/** A kind's message as it would read with these templates (or those in force), filled with its example; nothing kept. */
@Injectable()
export class PreviewTemplateHandler {
  constructor(private readonly store: TemplateStore) {}

  execute(kindName: string, edit: KindTemplates | null): RenderedNotice {
    const kind = knownKind(kindName);
    try {
      return this.store.try(kind, edit ?? this.store.inForce()[kind]);
    } catch (error) {
      throw editProblem(kind, error);
    }
  }
}
