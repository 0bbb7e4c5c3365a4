import { audienceOf, type Audience, type NoticeKind } from '../../domain/notice-kinds.js';
import type { KindTemplates } from '../../domain/notice-rendering.js';
import { exampleContexts } from '../../domain/notice-examples.js';

/** One kind's templates as ABB sees them: what is in force, whether it is an edit, what it may use. */
export interface TemplateView {
  kind: NoticeKind;
  audience: Audience;
  /** false: the shipped files are in force. */
  edited: boolean;
  /** The latest revision ABB made (0: never changed). */
  revision: number;
  subject: string;
  text: string;
  html: string;
  /** The variables a template of this kind can use (top level; lists hold more, see the shipped files). */
  variables: string[];
}

export const templateView = (kind: NoticeKind, templates: KindTemplates, edited: boolean, revision: number): TemplateView => ({
  kind,
  audience: audienceOf(kind),
  edited,
  revision,
  subject: templates['subject.txt'],
  text: templates.txt,
  html: templates.html,
  variables: Object.keys(exampleContexts(kind)[0] ?? {}).sort(),
});
