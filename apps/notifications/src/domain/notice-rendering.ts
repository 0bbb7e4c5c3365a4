import Handlebars from 'handlebars';
import { NOTICE_KINDS, type NoticeKind } from './notice-kinds.js';

/** The three files of a kind: subject, plain text (e-mail and inbox) and HTML (e-mail). */
export const TEMPLATE_PARTS = ['subject.txt', 'txt', 'html'] as const;
export type TemplatePart = (typeof TEMPLATE_PARTS)[number];

export type TemplateSources = Record<NoticeKind, Record<TemplatePart, string>>;

export interface RenderedNotice {
  subject: string;
  text: string;
  html: string;
}

export type NoticeRenderer = (kind: NoticeKind, context: Record<string, unknown>) => RenderedNotice;

/** The file a part of a kind lives in, relative to the templates folder. */
export const templateFileName = (kind: NoticeKind, part: TemplatePart): string => `${kind}.${part}.hbs`;

/** A template that failed to compile or render, named by its file so an editor knows where to look. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/**
 * Compiles every template once. Strict: a variable the context lacks is an error, never an empty gap in a letter.
 * HTML escapes what it inserts; subject and text insert as written (they are not HTML).
 */
export const compileTemplates = (sources: TemplateSources): NoticeRenderer => {
  // An isolated environment: helpers or partials registered elsewhere cannot change these messages.
  const handlebars = Handlebars.create();
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const kind of NOTICE_KINDS)
    for (const part of TEMPLATE_PARTS) {
      const file = templateFileName(kind, part);
      const source = sources[kind]?.[part];
      if (source === undefined) throw new TemplateError(`${file} is missing`);
      try {
        const template = handlebars.compile(source, { strict: true, noEscape: part !== 'html' });
        // Handlebars compiles lazily: precompiling here finds a syntax error at start-up, not at the first message.
        handlebars.precompile(source, { strict: true });
        compiled.set(file, template);
      } catch (error) {
        throw new TemplateError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  const render = (kind: NoticeKind, part: TemplatePart, context: Record<string, unknown>): string => {
    const file = templateFileName(kind, part);
    try {
      return compiled.get(file)!(context);
    } catch (error) {
      throw new TemplateError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (kind, context) => ({
    subject: render(kind, 'subject.txt', context).replace(/\s+/g, ' ').trim(),
    text: tidyText(render(kind, 'txt', context)),
    html: render(kind, 'html', context).trim(),
  });
};

/** Blank lines left by sections that do not apply collapse to one; no trailing spaces. */
const tidyText = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** The three parts of one kind as ABB writes them. */
export type KindTemplates = Record<TemplatePart, string>;

/** The templates in force: the shipped files, with ABB's edits of some kinds in their place. */
export const withEdits = (files: TemplateSources, edits: Partial<Record<NoticeKind, KindTemplates>>): TemplateSources =>
  Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, edits[kind] ?? files[kind]])) as TemplateSources;

/**
 * An edit of one kind's templates, tried before it is kept: it must compile and render every example of its kind
 * (strict, so a misspelt variable is found now, not in a government's mailbox). Returns the first example rendered.
 */
export const tryEdit = (
  sources: TemplateSources,
  kind: NoticeKind,
  edit: KindTemplates,
  examples: readonly Record<string, unknown>[],
): RenderedNotice => {
  // Unescaped output would let a name or a comment write HTML into a government's mailbox.
  if (/\{\{\{|\{\{~?\s*&/.test(edit.html))
    throw new TemplateError(`${templateFileName(kind, 'html')}: {{{...}}} and {{&...}} insert without escaping; use {{...}}`);
  const render = compileTemplates({ ...sources, [kind]: edit });
  const rendered = examples.map((context) => render(kind, context));
  const first = rendered[0];
  if (first === undefined) throw new TemplateError(`${kind} has no example to check its templates against`);
  if (first.subject === '') throw new TemplateError(`${templateFileName(kind, 'subject.txt')}: the subject is empty`);
  return first;
};
