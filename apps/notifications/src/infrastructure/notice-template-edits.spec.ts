import { describe, expect, it } from '@jest/globals';
import { DEFAULT_TEMPLATES_DIR, readTemplateSources } from './notice-templates.js';
import { exampleContexts } from '../domain/notice-examples.js';
import { NOTICE_KINDS } from '../domain/notice-kinds.js';
import { TemplateError, tryEdit, withEdits } from '../domain/notice-rendering.js';

const files = readTemplateSources(DEFAULT_TEMPLATES_DIR);
const overdue = files.overdue;

describe('an edit of a kind’s templates', () => {
  it('renders every example of its kind and gives the first back', () => {
    const edit = { ...overdue, 'subject.txt': 'Plan Samenleven: {{governmentName}}, uw {{periodName}} is te laat' };
    const rendered = tryEdit(files, 'overdue', edit, exampleContexts('overdue'));
    expect(rendered.subject).toBe('Plan Samenleven: Stad Gent, uw tussentijdse rapportering van projectjaar 1 is te laat');
  });

  it('is refused for a variable its kind does not have, naming the file and the variable', () => {
    const edit = { ...overdue, txt: 'Beste {{gemeentenaam}},' };
    expect(() => tryEdit(files, 'overdue', edit, exampleContexts('overdue'))).toThrow(TemplateError);
    expect(() => tryEdit(files, 'overdue', edit, exampleContexts('overdue'))).toThrow(/overdue\.txt\.hbs: .*"gemeentenaam" not defined/);
  });

  it('is refused when a branch only another example takes names an unknown variable', () => {
    // The shipped at-risk texts speak of year 3 only when the period is in year 3: the variation takes that branch.
    const edit = { ...files['at-risk'], txt: `${files['at-risk'].txt}{{#unless isYearBeforeContinuation}}{{laatsteJaar}}{{/unless}}` };
    expect(() => tryEdit(files, 'at-risk', edit, exampleContexts('at-risk'))).toThrow('"laatsteJaar" not defined');
    expect(() => tryEdit(files, 'at-risk', edit, exampleContexts('at-risk').slice(0, 1))).not.toThrow();
  });

  it('is refused when it does not compile, naming the file', () => {
    expect(() => tryEdit(files, 'overdue', { ...overdue, html: '<p>{{#if due}}</p>' }, exampleContexts('overdue'))).toThrow(
      /^overdue\.html\.hbs: /,
    );
  });

  it('may not insert HTML unescaped', () => {
    for (const html of ['<p>{{{governmentName}}}</p>', '<p>{{& governmentName}}</p>', '<p>{{~&governmentName}}</p>'])
      expect(() => tryEdit(files, 'overdue', { ...overdue, html }, exampleContexts('overdue'))).toThrow(
        'overdue.html.hbs: {{{...}}} and {{&...}} insert without escaping',
      );
  });

  it('is refused with an empty subject', () => {
    expect(() => tryEdit(files, 'overdue', { ...overdue, 'subject.txt': '{{#if false}}x{{/if}}  ' }, exampleContexts('overdue'))).toThrow(
      'overdue.subject.txt.hbs: the subject is empty',
    );
  });

  it('stands in for the files of its kind only', () => {
    const edit = { ...overdue, 'subject.txt': 'Te laat' };
    const inForce = withEdits(files, { overdue: edit });
    expect(inForce.overdue).toBe(edit);
    for (const kind of NOTICE_KINDS.filter((other) => other !== 'overdue')) expect(inForce[kind]).toBe(files[kind]);
  });

  it('has an example for every kind that the shipped files render', () => {
    for (const kind of NOTICE_KINDS) expect(tryEdit(files, kind, files[kind], exampleContexts(kind)).subject).toMatch(/^Plan Samenleven/);
  });
});
