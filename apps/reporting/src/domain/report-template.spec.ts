import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RuleViolation } from '#domain';
import {
  describeTemplate,
  FIRST_DATA_ROW,
  METADATA_KEYS,
  problemsByCell,
  readReportLines,
  readTemplateMetadata,
  TEMPLATE_VERSION,
  templateSeal,
  type CellValue,
  type DataRowCells,
  type TemplateMetadata,
} from './report-template.js';

const PJ1_INTERIM = {
  code: 'PJ1-INTERIM',
  projectYear: 1,
  covers: ['2022-10-01', '2023-03-31'] as [string, string],
  due: '2023-04-15',
  yearStart: '2022-10-01',
  yearEnd: '2023-09-30',
};

const metadata: TemplateMetadata = {
  governmentCode: '44021',
  periodCode: 'PJ1-INTERIM',
  templateVersion: TEMPLATE_VERSION,
  indicatorCodes: ['A02', 'A05'],
};

const metadataCells = (meta: TemplateMetadata, seal = templateSeal(meta)): Record<string, CellValue> => ({
  [METADATA_KEYS.governmentCode]: meta.governmentCode,
  [METADATA_KEYS.periodCode]: meta.periodCode,
  [METADATA_KEYS.templateVersion]: meta.templateVersion,
  [METADATA_KEYS.indicatorCodes]: meta.indicatorCodes.join(','),
  [METADATA_KEYS.seal]: seal,
});

const row = (
  rowNumber: number,
  indicator: CellValue,
  achieved: CellValue,
  nil: CellValue = null,
  motivation: CellValue = null,
): DataRowCells => ({
  row: rowNumber,
  indicator,
  achieved,
  nil,
  motivation,
});

/** The problems of a refused template, as the 400 lists them. */
const problemsOf = (read: () => unknown): { field: string; problem: string }[] => {
  try {
    read();
  } catch (error) {
    if (error instanceof RuleViolation) return [...error.problems];
    throw error;
  }
  throw new Error('expected the template to be refused');
};

describe('describeTemplate', () => {
  it('lists each approved indicator in action order with its target, expected share and the last reported line', () => {
    const template = describeTemplate({
      governmentCode: '44021',
      period: PJ1_INTERIM,
      targets: [
        { indicatorCode: 'A05', unit: 'volwassen anderstalige', actionNumber: 5, target: 2000 },
        { indicatorCode: 'A02', unit: 'lokaal actieplan', actionNumber: 2, target: 1 },
      ],
      previous: { version: 3, results: [{ indicatorCode: 'A05', achieved: 600, motivation: 'later gestart' }] },
    });
    expect(template.metadata).toEqual(metadata);
    expect(template.seal).toBe(templateSeal(metadata));
    expect(template.previousVersion).toBe(3);
    expect(template.rows).toEqual([
      // 182 of 365 days of project year 1 have passed by 31 March 2023.
      { row: FIRST_DATA_ROW, indicatorCode: 'A02', unit: 'lokaal actieplan', target: 1, expected: 0.5, previous: null },
      {
        row: FIRST_DATA_ROW + 1,
        indicatorCode: 'A05',
        unit: 'volwassen anderstalige',
        target: 2000,
        expected: 997.26,
        previous: { indicatorCode: 'A05', achieved: 600, motivation: 'later gestart' },
      },
    ]);
  });

  it('has no previous version when nothing was reported yet', () => {
    const template = describeTemplate({
      governmentCode: '44021',
      period: PJ1_INTERIM,
      targets: [{ indicatorCode: 'A05', unit: 'u', actionNumber: 5, target: 10 }],
      previous: null,
    });
    expect([template.previousVersion, template.rows[0]!.previous]).toEqual([null, null]);
  });
});

describe('readTemplateMetadata', () => {
  it('reads back what the template was made for', () => {
    expect(readTemplateMetadata(metadataCells(metadata), true)).toEqual(metadata);
  });

  it('refuses a workbook without the metadata sheet or the data sheet', () => {
    expect(problemsOf(() => readTemplateMetadata(null, true))).toEqual([
      { field: 'body', problem: expect.stringContaining('verborgen blad Sjabloon ontbreekt') },
    ]);
    expect(problemsOf(() => readTemplateMetadata(metadataCells(metadata), false))).toEqual([
      { field: 'body', problem: expect.stringContaining('blad Rapportering ontbreekt') },
    ]);
  });

  it('refuses edited metadata: another government, period or indicator list under the original seal, or no seal', () => {
    const seal = templateSeal(metadata);
    for (const edited of [
      { ...metadata, governmentCode: '11002' },
      { ...metadata, periodCode: 'PJ1-ANNUAL' },
      { ...metadata, indicatorCodes: ['A05', 'A02'] },
    ])
      expect(problemsOf(() => readTemplateMetadata(metadataCells(edited, seal), true))).toEqual([
        { field: 'body', problem: expect.stringContaining('werden gewijzigd') },
      ]);
    const { [METADATA_KEYS.seal]: _seal, ...unsealed } = metadataCells(metadata);
    expect(problemsOf(() => readTemplateMetadata(unsealed, true))[0]!.problem).toContain('werden gewijzigd of ontbreken');
  });

  it('refuses a template of another layout version, saying so', () => {
    const old = { ...metadata, templateVersion: TEMPLATE_VERSION + 1 };
    expect(problemsOf(() => readTemplateMetadata(metadataCells(old), true))[0]!.problem).toContain(
      `sjabloonversie ${TEMPLATE_VERSION + 1} wordt niet meer aanvaard`,
    );
  });

  it('refuses a correctly sealed template naming no real government or indicator (a forgery)', () => {
    for (const forged of [
      { ...metadata, governmentCode: "44021'; DROP TABLE report" },
      { ...metadata, indicatorCodes: [] },
      { ...metadata, indicatorCodes: ['A05', 'A05'] },
      { ...metadata, indicatorCodes: Array.from({ length: 29 }, (_, index) => `A${String(index + 1).padStart(2, '0')}`) },
    ])
      expect(problemsOf(() => readTemplateMetadata(metadataCells(forged), true))[0]!.problem).toContain('noemt geen geldig bestuur');
  });
});

describe('readReportLines', () => {
  const first = FIRST_DATA_ROW;

  it('turns totals, nil returns and motivations into report lines, remembering their rows', () => {
    expect(
      readReportLines(metadata, [
        row(first, 'A02', null, 'Ja', '  nog niet gestart '),
        row(first + 1, ' A05 ', 600, 'Nee'),
        row(first + 5, null, '  '),
      ]),
    ).toEqual({
      lines: [
        { indicatorCode: 'A02', achieved: null, motivation: 'nog niet gestart' },
        { indicatorCode: 'A05', achieved: 600 },
      ],
      rows: [first, first + 1],
    });
  });

  it('takes a total typed as text and a nil left empty as no', () => {
    expect(readReportLines(metadata, [row(first, 'A02', '0'), row(first + 1, 'A05', ' 12 ', 'nee')]).lines).toEqual([
      { indicatorCode: 'A02', achieved: 0 },
      { indicatorCode: 'A05', achieved: 12 },
    ]);
  });

  it('names every wrong cell at once', () => {
    const three = { ...metadata, indicatorCodes: ['A02', 'A05', 'A07'] };
    expect(
      problemsOf(() =>
        readReportLines(three, [
          row(first, 'A02', 12.5, 'misschien'),
          row(first + 1, 'A05', -3, null, { error: '#REF!' }),
          row(first + 2, 'A09', null),
          row(first + 4, null, 7),
        ]),
      ),
    ).toEqual([
      { field: 'Rapportering!E7', problem: 'kies Ja of Nee' },
      { field: 'Rapportering!D7', problem: 'geen geheel getal' },
      { field: 'Rapportering!D8', problem: 'negatief: het gerealiseerd totaal is 0 of meer' },
      { field: 'Rapportering!F8', problem: 'geen tekst maar de foutwaarde #REF!' },
      { field: 'Rapportering!A9', problem: expect.stringContaining('hier hoort A07') },
      { field: 'Rapportering!D9', problem: expect.stringContaining('leeg: vul het gerealiseerd totaal in') },
      { field: 'Rapportering!D11', problem: expect.stringContaining('voeg geen rijen toe') },
    ]);
  });

  it('refuses a nil return with a total, text, dates, error values, too large numbers and too long motivations', () => {
    expect(
      problemsOf(() =>
        readReportLines({ ...metadata, indicatorCodes: ['A01', 'A02', 'A03', 'A04', 'A05', 'A06'] }, [
          row(first, 'A01', 5, 'Ja'),
          row(first + 1, 'A02', 'veel'),
          row(first + 2, 'A03', new Date('2023-01-01')),
          row(first + 3, 'A04', { error: '#DIV/0!' }),
          row(first + 4, 'A05', 100_000_001),
          row(first + 5, 'A06', 1, null, 'x'.repeat(4001)),
        ]),
      ),
    ).toEqual([
      { field: 'Rapportering!E7', problem: 'nihil (Ja) en toch een waarde in D7: kies Nee, of maak D7 leeg' },
      { field: 'Rapportering!D8', problem: 'geen geheel getal' },
      { field: 'Rapportering!D9', problem: 'geen geheel getal' },
      { field: 'Rapportering!D10', problem: 'geen geheel getal maar de foutwaarde #DIV/0!' },
      { field: 'Rapportering!D11', problem: 'te groot: hoogstens 100000000' },
      { field: 'Rapportering!F12', problem: 'te lang: hoogstens 4000 tekens (nu 4001)' },
    ]);
  });

  it('refuses a motivation PostgreSQL cannot store (U+0000, a lone surrogate)', () => {
    for (const motivation of [`later${String.fromCharCode(0)}gestart`, 'later \ud800 gestart'])
      expect(problemsOf(() => readReportLines({ ...metadata, indicatorCodes: ['A05'] }, [row(first, 'A05', 1, null, motivation)]))).toEqual(
        [{ field: 'Rapportering!F7', problem: 'bevat tekens die niet bewaard kunnen worden' }],
      );
  });

  it('refuses a row that was deleted or moved (the indicator is not where the template put it)', () => {
    expect(problemsOf(() => readReportLines(metadata, [row(first, 'A05', 600)]))).toEqual([
      { field: 'Rapportering!A7', problem: expect.stringContaining('hier hoort A02') },
      { field: 'Rapportering!A8', problem: expect.stringContaining('hier hoort A05') },
      { field: 'Rapportering!D8', problem: expect.stringContaining('leeg') },
    ]);
  });

  it('reads any whole number from 0 to the maximum back as itself, and refuses every fraction and negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.boolean(), (total, asText) => {
        const lines = readReportLines({ ...metadata, indicatorCodes: ['A05'] }, [row(first, 'A05', asText ? String(total) : total)]).lines;
        expect(lines).toEqual([{ indicatorCode: 'A05', achieved: total }]);
      }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Number.isInteger(value)),
          fc.integer({ max: -1 }),
        ),
        (wrong) => {
          const problems = problemsOf(() => readReportLines({ ...metadata, indicatorCodes: ['A05'] }, [row(first, 'A05', wrong)]));
          expect(problems).toEqual([{ field: 'Rapportering!D7', problem: expect.any(String) }]);
        },
      ),
    );
  });
});

describe('problemsByCell', () => {
  it('names the cell of each line the report rules refuse, and keeps the rest on the sheet', () => {
    const violation = RuleViolation.of([
      { field: 'results[1].motivation', problem: 'motivering vereist' },
      { field: 'results[0].indicatorCode', problem: 'not approved' },
      { field: 'results[0].achieved', problem: 'negative' },
      { field: 'periodCode', problem: 'not yet started' },
      { field: 'results', problem: 'A03 was reported in version 1' },
    ]);
    expect(problemsByCell(violation, [7, 9])).toEqual([
      { field: 'Rapportering!F9', problem: 'motivering vereist' },
      { field: 'Rapportering!A7', problem: 'not approved' },
      { field: 'Rapportering!D7', problem: 'negative' },
      { field: 'Rapportering!B3', problem: 'not yet started' },
      { field: 'Rapportering', problem: 'A03 was reported in version 1' },
    ]);
  });

  it('reads the field from the message of a violation without a problem list', () => {
    expect(problemsByCell(new RuleViolation('results[1].indicatorCode: A07 is not an approved indicator'), [7, 8])).toEqual([
      { field: 'Rapportering!A8', problem: 'A07 is not an approved indicator' },
    ]);
  });
});
