import { describe, expect, it } from '@jest/globals';
import { achievedOf, applyDraft, cellOf, checkLine, checkReport, draftLines, reportResults, type ReportFormLine } from './report-rules';

const line = (overrides: Partial<ReportFormLine> = {}): ReportFormLine => ({
  indicatorCode: 'A05',
  target: 500,
  expected: 250,
  value: '',
  nil: false,
  motivation: '',
  ...overrides,
});

describe('the report form rules', () => {
  it('tells nil from 0: nil is null, 0 is a figure, both at once or neither is an error', () => {
    expect(achievedOf(line({ nil: true }))).toBeNull();
    expect(achievedOf(line({ value: '0' }))).toBe(0);
    expect(achievedOf(line({ value: '1.250' }))).toBe(1250);
    expect(checkLine(line({ nil: true, value: '3' }), 'interim').achievedError).toBe('Kies nihil of vul een aantal in, niet allebei.');
    expect(checkLine(line(), 'interim').achievedError).toMatch(/of kies nihil/);
    expect(checkLine(line({ value: '2,5' }), 'interim').achievedError).toMatch(/geheel getal/);
    expect(checkLine(line({ value: '-1' }), 'interim').achievedError).toMatch(/geheel getal/);
  });

  it('requires a motivation below target on an annual report, and only warns on an interim one', () => {
    expect(checkLine(line({ value: '400' }), 'annual')).toEqual({
      motivationError: expect.stringMatching(/onder de doelstelling van 500/),
    });
    expect(checkLine(line({ value: '400', motivation: 'Vertraagde start.' }), 'annual')).toEqual({});
    expect(checkLine(line({ value: '500' }), 'annual')).toEqual({});
    expect(checkLine(line({ nil: true }), 'annual').motivationError).toBeDefined();
    expect(checkLine(line({ value: '100' }), 'interim')).toEqual({ motivationWarning: expect.stringMatching(/minder dan 25%/) });
    expect(checkLine(line({ value: '150' }), 'interim')).toEqual({
      motivationWarning: expect.stringMatching(/achter op wat tegen nu verwacht werd \(250\)/),
    });
    expect(checkLine(line({ value: '200' }), 'interim')).toEqual({});
    expect(checkLine(line({ value: '150', expected: null }), 'interim')).toEqual({});
  });

  it('counts errors and warnings, and sends nil as null and motivations trimmed', () => {
    const lines = [
      line({ value: '0' }),
      line({ indicatorCode: 'A22', target: 2, expected: 1, nil: true, motivation: ' later ' }),
      line({ indicatorCode: 'A07' }),
    ];
    expect(checkReport(lines, 'interim')).toMatchObject({ errors: 1, warnings: 1 });
    expect(reportResults(lines.slice(0, 2))).toEqual([
      { indicatorCode: 'A05', achieved: 0 },
      { indicatorCode: 'A22', achieved: null, motivation: 'later' },
    ]);
  });

  it('puts a saved draft back over the form; indicators it does not know keep their values', () => {
    const draft = { savedAt: 'x', lines: [{ indicatorCode: 'A05', value: '320', nil: false, motivation: 'm' }] };
    expect(
      applyDraft([line(), line({ indicatorCode: 'A22', value: '1' })], draft).map((l) => [l.indicatorCode, l.value, l.motivation]),
    ).toEqual([
      ['A05', '320', 'm'],
      ['A22', '1', ''],
    ]);
    expect(applyDraft([line()], null)).toEqual([line()]);
    expect(draftLines([line({ value: '7', nil: false, motivation: 'x' })])).toEqual([
      { indicatorCode: 'A05', value: '7', nil: false, motivation: 'x' },
    ]);
  });

  it('reads the sheet and cell of an upload problem', () => {
    expect(cellOf('Rapportering!D7')).toEqual({ sheet: 'Rapportering', cell: 'D7' });
    expect(cellOf('Rapportering')).toEqual({ sheet: 'Rapportering', cell: '–' });
  });
});
