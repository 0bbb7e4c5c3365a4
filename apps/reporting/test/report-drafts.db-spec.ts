import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { GetReportDraftHandler } from '../src/application/get-report-draft/get-report-draft.handler.js';
import { SaveReportDraftHandler } from '../src/application/save-report-draft/save-report-draft.handler.js';
import { reportingManifest } from '../src/reporting.manifest.js';

describe('report drafts on a real database', () => {
  let reporting: UseCasesUnderTest;
  let save: SaveReportDraftHandler;
  let get: GetReportDraftHandler;

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'report_drafts_db' });
    save = reporting.get(SaveReportDraftHandler);
    get = reporting.get(GetReportDraftHandler);
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  beforeEach(async () => {
    await reporting.query('TRUNCATE report_draft, report, outbox');
    reporting.get(ProgrammeClock).set(new Date('2022-10-03T08:15:00Z'));
  });

  it('keeps what was typed, half-typed too, replaces it on the next save and discards it once', async () => {
    const first = await save.execute({
      governmentCode: '44021',
      periodCode: 'PJ1-INTERIM',
      lines: [
        { indicatorCode: 'A05', value: '42', nil: false, motivation: '' },
        { indicatorCode: 'A22', value: '', nil: true, motivation: 'nog niet gestart' },
      ],
      savedBy: 'gent-reporter',
    });
    expect(first).toEqual({
      governmentCode: '44021',
      periodCode: 'PJ1-INTERIM',
      lines: [
        { indicatorCode: 'A05', value: '42', nil: false, motivation: '' },
        { indicatorCode: 'A22', value: '', nil: true, motivation: 'nog niet gestart' },
      ],
      savedBy: 'gent-reporter',
      savedAt: expect.stringMatching(/^2022-10-03T08:15:0\d\.\d{3}Z$/),
    });
    await save.execute({
      governmentCode: '44021',
      periodCode: 'PJ1-INTERIM',
      lines: [{ indicatorCode: 'A05', value: '4,2', nil: false, motivation: 'typt nog' }],
      savedBy: 'gent-reporter',
    });
    expect((await get.execute('44021', 'PJ1-INTERIM'))?.lines).toEqual([
      { indicatorCode: 'A05', value: '4,2', nil: false, motivation: 'typt nog' },
    ]);
    // Another period and another government keep drafts of their own; a draft reports nothing.
    expect(await get.execute('44021', 'PJ1-ANNUAL')).toBeNull();
    expect(await get.execute('11002', 'PJ1-INTERIM')).toBeNull();
    expect(await reporting.query('SELECT * FROM report')).toEqual([]);
    expect(await reporting.query('SELECT * FROM outbox')).toEqual([]);

    expect(await save.discard('44021', 'PJ1-INTERIM')).toBe(true);
    expect(await save.discard('44021', 'PJ1-INTERIM')).toBe(false);
    expect(await get.execute('44021', 'PJ1-INTERIM')).toBeNull();
  });

  it('refuses a period that is not the programme’s and an indicator given twice, keeping nothing', async () => {
    const refused = save.execute({
      governmentCode: '44021',
      periodCode: 'PJ9-INTERIM',
      lines: [
        { indicatorCode: 'A05', value: '1', nil: false, motivation: '' },
        { indicatorCode: 'A05', value: '2', nil: false, motivation: '' },
      ],
      savedBy: 'gent-reporter',
    });
    await expect(refused).rejects.toThrow(RuleViolation);
    await expect(refused).rejects.toMatchObject({
      problems: [
        { field: 'periodCode', problem: 'PJ9-INTERIM is geen rapportageperiode van het programma' },
        { field: 'lines[1].indicatorCode', problem: 'A05 komt meer dan eens voor' },
      ],
    });
    expect(await reporting.query('SELECT * FROM report_draft')).toEqual([]);
  });
});
