import type { KindTemplates } from '../../domain/notice-rendering.js';

export interface ChangeTemplateCommand {
  kind: string;
  /** null: back to the shipped files. */
  templates: KindTemplates | null;
  /** Why ABB changes the text, kept with the revision. */
  reason: string;
}
