import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  networkBehindOnSessionsV1,
  periodStatusSummarisedV1,
  reportReminderDueV1,
  reportReviewedV1,
  reportReviewedV2,
  type ReportReminderDueV1,
  type ReportReviewedV1,
  type ReportReviewedV2,
} from '#contracts';
import { digestContext, noticeContext } from '../domain/notice-context.js';
import { NOTICE_KINDS, type NoticeKind } from '../domain/notice-kinds.js';
import { compileTemplates, TEMPLATE_PARTS, templateFileName } from '../domain/notice-rendering.js';
import { DIGEST_EXAMPLE, NOTICE_EXAMPLES } from '../domain/notice-examples.js';
import { DEFAULT_TEMPLATES_DIR, readTemplateSources } from './notice-templates.js';

const GENT = 'Stad Gent';
const EXAMPLES = NOTICE_EXAMPLES;
const DIGEST = DIGEST_EXAMPLE;
// The contracts' examples, typed as their payloads.
const REMINDER = reportReminderDueV1.example as ReportReminderDueV1;
const REVIEW = reportReviewedV1.example as ReportReviewedV1;
const ACCEPTED = reportReviewedV2.example as ReportReviewedV2;

const render = compileTemplates(readTemplateSources(DEFAULT_TEMPLATES_DIR));
const renderExample = (kind: NoticeKind) =>
  kind === 'abb-digest' ? render(kind, digestContext(DIGEST)) : render(kind, noticeContext(EXAMPLES[kind], GENT));

describe('the message templates', () => {
  it('has a subject, a text and an HTML file for every kind, and nothing else', () => {
    const expected = NOTICE_KINDS.flatMap((kind) => TEMPLATE_PARTS.map((part) => templateFileName(kind, part))).sort();
    expect(
      readdirSync(DEFAULT_TEMPLATES_DIR)
        .filter((file) => file.endsWith('.hbs'))
        .sort(),
    ).toEqual(expected);
  });

  it.each(NOTICE_KINDS.map((kind) => [kind]))('renders %s with its example event: subject on one line, text and HTML', (kind) => {
    const message = renderExample(kind);
    expect(message.subject).toMatch(/^Plan Samenleven: \S/);
    expect(message.subject).not.toContain('\n');
    expect(message.text.length).toBeGreaterThan(80);
    expect(message.text).not.toMatch(/\n{3}/);
    expect(message.html).toMatch(/^<(p|h1)>/);
  });

  it('tells a government its award: the total, every target with its reach and amount, and its mentorships', () => {
    const message = renderExample('subsidy-awarded');
    expect(message.subject).toBe('Plan Samenleven: uw subsidie voor projectjaar 1 is toegekend (EUR 100.000,00)');
    for (const line of [
      'Beste collega van Stad Gent,',
      'U krijgt een subsidie van EUR 100.000,00. Dit zijn de doelen waarover u rapporteert:',
      '- 5. Oefenkansen Nederlands organiseren (A05): doel 2.000 volwassen anderstalige die deelneemt aan een oefenkans ' +
        '(huidig bereik 500, goedgekeurd bijkomend bereik 1.500), EUR 90.000,00',
      '- actie 5. Oefenkansen Nederlands organiseren: stimulans van EUR 10.000,00',
    ])
      expect(message.text.split('\n')).toContain(line);
    expect(message.html).toContain('<td>2.000</td><td>EUR 90.000,00</td>');
  });

  it('tells a lagging government which indicator, what was expected, and what to do', () => {
    const message = renderExample('lagging');
    expect(message.subject).toBe('Plan Samenleven: A05 blijft achter op schema');
    for (const line of [
      'Beste collega van Stad Gent,',
      'Bij de tussentijdse rapportering van projectjaar 1 blijft uw resultaat voor indicator A05 achter',
      'Actie: 5. Oefenkansen Nederlands organiseren',
      'Behaald: 600 (volwassen anderstalige die deelneemt aan een oefenkans)',
      'Verwacht tegen het einde van de periode: 997',
      'Doelstelling voor het projectjaar: 2.000',
      'teruggevorderd',
      'https://samenleven.vlaanderen.example/rapportering/PJ1-INTERIM',
    ])
      expect(message.text).toContain(line);
    expect(message.html).toContain('<td>997</td>');
  });

  it('names several indicators in the subject, and a nil return as such', () => {
    const summary = {
      ...periodStatusSummarisedV1.example,
      lagging: [
        { indicatorCode: 'A02', achieved: null, target: 1, expected: 0.5 },
        { indicatorCode: 'A05', achieved: 600, target: 2000, expected: 997.26 },
      ],
    };
    const message = render('lagging', noticeContext({ kind: 'lagging', summary, newlyBehind: ['A02', 'A05'] }, GENT));
    expect(message.subject).toBe('Plan Samenleven: A02 en A05 blijven achter op schema');
    expect(message.text).toContain('Behaald: nog geen resultaat (nulrapportering)');
  });

  it('tells an at-risk government what it means for project year 3', () => {
    const message = renderExample('at-risk');
    expect(message.subject).toBe(
      'Plan Samenleven: A05 onder 25% van de doelstelling – voortzetting in projectjaar 3 vraagt een motivering',
    );
    expect(message.text).toContain('Behaald: 300 (volwassen anderstalige die deelneemt aan een oefenkans), 15% van de doelstelling');
    expect(message.text).toContain('Een actie loopt in projectjaar 3 alleen door als bij de tussentijdse rapportering minstens 25%');
    expect(message.text).toContain('- A02: behaald 0, verwacht 1, doelstelling 1');
  });

  it('speaks of recovery, not continuation, when at risk in project year 3 itself', () => {
    const facts = EXAMPLES['at-risk'];
    if (facts.kind !== 'at-risk') throw new Error('the at-risk example');
    const yearThree = { ...facts, summary: { ...facts.summary, projectYear: 3, periodCode: 'PJ3-INTERIM' } };
    const message = render('at-risk', noticeContext(yearThree, GENT));
    expect(message.subject).toBe('Plan Samenleven: A05 onder 25% van de doelstelling');
    expect(message.text).toContain('Dit is het laatste projectjaar');
    expect(message.text).not.toContain('voortzetting');
    expect(message.html).toContain('Dit is het laatste projectjaar');
  });

  it('words the reminders, the overdue notice and the reviews', () => {
    expect(renderExample('reminder').subject).toBe(
      'Plan Samenleven: uw tussentijdse rapportering van projectjaar 1 wordt binnen 14 dagen verwacht (15 april 2023)',
    );
    const lastReminder = render('reminder', noticeContext({ kind: 'reminder', reminder: { ...REMINDER, daysBefore: 3 } }, GENT));
    expect(lastReminder.text).toContain('Nog 3 dagen: op 15 april 2023, verwachten we uw tussentijdse rapportering van projectjaar 1.');
    expect(renderExample('overdue').subject).toBe(
      'Plan Samenleven: uw tussentijdse rapportering van projectjaar 1 is te laat (verwacht op 15 april 2023)',
    );
    expect(renderExample('report-accepted').text).toContain('nagekeken en aanvaard');
    expect(renderExample('report-accepted').text).toContain(
      'ABB aanvaardt de motivering niet voor:\n' +
        '- A05 (volwassen anderstalige die deelneemt aan een oefenkans): 1.400 van de doelstelling 2.000\n' +
        'Voor deze indicatoren kan ABB een terugvordering voorstellen',
    );
    const changes = renderExample('report-changes-requested');
    expect(changes.subject).toBe('Plan Samenleven: ABB vraagt aanpassingen aan uw tussentijdse rapportering van projectjaar 1');
    expect(changes.text).toContain(
      '- A05 (volwassen anderstalige die deelneemt aan een oefenkans): Graag de telling per lessenreeks toelichten.',
    );
    const digest = renderExample('abb-digest');
    expect(digest.subject).toBe('Plan Samenleven: dagoverzicht van 16 april 2023');
    expect(digest.text).toContain('- Stad Antwerpen (11002), tussentijdse rapportering van projectjaar 1, verwacht op 15 april 2023');
    expect(digest.text).toContain('versie 2, ingediend op 10 april 2023');
  });

  it('names the refused motivations of a v2 acceptance only, and recovery only after an annual report', () => {
    const accepted = (review: ReportReviewedV1 | ReportReviewedV2) =>
      render('report-accepted', noticeContext({ kind: 'report-accepted', review }, GENT));
    const fromV1 = accepted({ ...REVIEW, outcome: 'accepted', comments: [] });
    expect(fromV1.text).toContain('nagekeken en aanvaard');
    expect(fromV1.text).not.toContain('motivering');
    const allAccepted = accepted({ ...ACCEPTED, lines: ACCEPTED.lines.map((line) => ({ ...line, motivationAccepted: true })) });
    expect(allAccepted.text).not.toContain('motivering');
    const interim = accepted({ ...ACCEPTED, periodCode: 'PJ1-INTERIM', periodKind: 'interim' });
    expect(interim.text).toContain('ABB aanvaardt de motivering niet voor:');
    expect(interim.text).not.toContain('terugvordering');
    expect(interim.html).toContain(
      '<li>A05 (volwassen anderstalige die deelneemt aan een oefenkans): 1.400 van de doelstelling 2.000</li>',
    );
  });

  it('escapes what it inserts in HTML, and only there', () => {
    const review = { ...REVIEW, comments: [{ indicatorCode: 'A05', comment: '<script>alert("x")</script> & meer' }] };
    const message = render('report-changes-requested', noticeContext({ kind: 'report-changes-requested', review }, 'Gemeente <b>X</b>'));
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; meer');
    expect(message.html).toContain('Beste collega van Gemeente &lt;b&gt;X&lt;/b&gt;');
    expect(message.text).toContain('<script>alert("x")</script> & meer');
  });

  it('refuses to render with a variable missing, naming the file', () => {
    const { governmentName: _left, ...withoutName } = noticeContext(EXAMPLES.overdue, GENT);
    expect(() => render('overdue', withoutName)).toThrow(/overdue\.subject\.txt\.hbs|overdue\.txt\.hbs/);
    expect(() => render('overdue', withoutName)).toThrow('"governmentName" not defined');
  });

  it('refuses a folder with a file missing or a template that does not compile, naming it', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'samenleven-templates-'));
    try {
      const sources = readTemplateSources(DEFAULT_TEMPLATES_DIR);
      for (const kind of NOTICE_KINDS)
        for (const part of TEMPLATE_PARTS)
          if (!(kind === 'overdue' && part === 'html'))
            writeFileSync(path.join(directory, templateFileName(kind, part)), sources[kind][part]);
      expect(() => readTemplateSources(directory)).toThrow('templates missing in');
      expect(() => readTemplateSources(directory)).toThrow('overdue.html.hbs');
      expect(() => compileTemplates({ ...sources, overdue: { ...sources.overdue, html: '<p>{{#if due}}</p>' } })).toThrow(
        'overdue.html.hbs',
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('tells members when and where a session is, in Brussels time, and the mentor and ABB how far a network is behind', () => {
    const planned = renderExample('session-planned');
    expect(planned.subject).toBe('Plan Samenleven: nieuwe sessie van uw lerend netwerk – Pleinen die verbinden (donderdag 2 maart 2023)');
    expect(planned.text).toContain('Wanneer: donderdag 2 maart 2023, van 14:00 tot 17:00');
    expect(planned.text).toContain('Waar: Stadhuis Mechelen, Grote Markt 21');
    expect(planned.text).toContain('- https://example.org/pleinmakers/presentatie.pdf');
    expect(planned.text).not.toContain('Online:');
    expect(renderExample('session-cancelled').text).toContain('gaat niet door');
    const mentor = renderExample('network-behind');
    expect(mentor.text).toContain('er ontbreken er nog 2');
    expect(mentor.text).toContain('30 september 2023');
    const abb = render(
      'network-behind',
      noticeContext({ kind: 'network-behind', behind: networkBehindOnSessionsV1.example, forAbb: true }, 'ABB'),
    );
    expect(abb.text).toMatch(/^Beste collega van ABB,/);
    // Not announced by the register yet: the mentor by its NIS code.
    expect(abb.text).toContain('van mentorbestuur NIS-code 12025 rond');
    const named = render(
      'network-behind',
      noticeContext(
        { kind: 'network-behind', behind: networkBehindOnSessionsV1.example, forAbb: true, mentorName: 'Stad Mechelen' },
        'ABB',
      ),
    );
    expect(named.text).toContain('van mentorbestuur Stad Mechelen rond');
    expect(renderExample('network-invitation').text).toContain('Het mentorbestuur Stad Mechelen nodigt u uit');
  });
});
