import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { exampleContexts } from '../domain/notice-examples.js';
import { NOTICE_KINDS, type NoticeKind } from '../domain/notice-kinds.js';
import {
  compileTemplates,
  tryEdit,
  withEdits,
  type KindTemplates,
  type NoticeRenderer,
  type RenderedNotice,
  type TemplateSources,
} from '../domain/notice-rendering.js';
import { NoticeTemplateRepository } from './notice-template.repository.js';
import { DEFAULT_TEMPLATES_DIR, readTemplateSources } from './notice-templates.js';

/**
 * The templates in force: the shipped files (read and compiled at start, so a broken file stops the service) with
 * ABB's latest edits in their place. Edits come from the database at start, right after a change on this instance,
 * and every few seconds for changes made on another instance (`TemplateRefreshPoller`).
 */
@Injectable()
export class TemplateStore implements OnModuleInit {
  private readonly logger = new Logger(TemplateStore.name);
  private readonly files: TemplateSources;
  private edits: Partial<Record<NoticeKind, KindTemplates>> = {};
  private renderer: NoticeRenderer;
  private seenChanges = -1;

  constructor(
    private readonly templates: NoticeTemplateRepository,
    directory?: string,
  ) {
    this.files = readTemplateSources(directory ?? DEFAULT_TEMPLATES_DIR);
    this.renderer = compileTemplates(this.files);
  }

  async onModuleInit(): Promise<void> {
    await this.refresh();
  }

  readonly render: NoticeRenderer = (kind, context) => this.renderer(kind, context);

  /** The shipped files of a kind. */
  shipped(kind: NoticeKind): KindTemplates {
    return this.files[kind];
  }

  /** What is in force for every kind, an edit or the files. */
  inForce(): TemplateSources {
    return withEdits(this.files, this.edits);
  }

  isEdited(kind: NoticeKind): boolean {
    return this.edits[kind] !== undefined;
  }

  /** Renders an edit of one kind against its examples without keeping it; throws a TemplateError naming the file. */
  try(kind: NoticeKind, edit: KindTemplates): RenderedNotice {
    return tryEdit(this.inForce(), kind, edit, exampleContexts(kind));
  }

  /** Reads ABB's edits again when any changed. Returns whether the templates in force changed. */
  async refresh(): Promise<boolean> {
    const changes = await this.templates.changeCount();
    if (changes === this.seenChanges) return false;
    const edits: Partial<Record<NoticeKind, KindTemplates>> = {};
    for (const latest of await this.templates.latest()) {
      if (latest.templates === null || !(NOTICE_KINDS as readonly string[]).includes(latest.kind)) continue;
      try {
        // An edit made for an older release may name a variable this one no longer fills: the files take over.
        tryEdit(this.files, latest.kind, latest.templates, exampleContexts(latest.kind));
        edits[latest.kind] = latest.templates;
      } catch (error) {
        this.logger.error(
          `ABB's revision ${latest.revision} of the ${latest.kind} templates no longer renders; the shipped files are used: ` +
            String(error),
        );
      }
    }
    this.renderer = compileTemplates(withEdits(this.files, edits));
    this.edits = edits;
    this.seenChanges = changes;
    return true;
  }
}
