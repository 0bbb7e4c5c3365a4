import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { headerProblems, inFileOrder, planImport, readImportRecords, type ImportRecord } from './government-import.js';
import type { LocalGovernment } from './local-government.js';

const municipality = (code: string, name: string, extra: Partial<LocalGovernment> = {}): LocalGovernment => ({
  code,
  kind: 'municipality',
  kboNumber: null,
  name,
  province: 'Oost-Vlaanderen',
  arrondissement: null,
  inhabitants: 50_000,
  nonEuOriginInhabitants: null,
  contacts: [],
  ...extra,
});
const register = [
  municipality('44021', 'Gent', { inhabitants: 263927 }),
  municipality('41002', 'Aalst'),
  municipality('12025', 'Mechelen'),
];

let nextRow = 2;
const record = (cells: ImportRecord['cells']): ImportRecord => ({ row: nextRow++, cells });
const rows = (...cells: ImportRecord['cells'][]): ImportRecord[] => {
  nextRow = 2;
  return cells.map(record);
};

describe('reading the rows of a register import', () => {
  it('takes one government from several rows, one per contact person', () => {
    const reading = readImportRecords(
      rows(
        {
          code: '44021',
          kboNumber: '0207.451.227',
          contactName: 'Samenleven',
          contactEmail: 'samenleven@gent.example',
          contactRole: 'primary',
        },
        {
          code: '44021',
          contactName: 'Financiën',
          contactEmail: 'financien@gent.example',
          contactPhone: '09 210 10 10',
          contactRole: 'finance',
        },
        { code: '41002', nonEuOriginInhabitants: '8100' },
      ),
    );
    expect(reading.problems).toEqual([]);
    expect(reading.entries).toEqual([
      {
        code: '44021',
        row: 2,
        rows: { kboNumber: 2, contacts: 2 },
        changes: {
          kboNumber: '0207451227',
          contacts: [
            { name: 'Samenleven', email: 'samenleven@gent.example', phone: null, role: 'primary' },
            { name: 'Financiën', email: 'financien@gent.example', phone: '09 210 10 10', role: 'finance' },
          ],
        },
      },
      // No contact columns filled: its contacts stay as they are.
      { code: '41002', row: 4, rows: { nonEuOriginInhabitants: 4 }, changes: { nonEuOriginInhabitants: 8100 } },
    ]);
  });

  it('names every bad row and field at once', () => {
    const reading = readImportRecords(
      rows(
        { code: '4402', name: 'Gent' },
        { code: '44021', kboNumber: '0207451228', province: 'Gent', inhabitants: '12.5' },
        { code: '41002', contactName: 'Iemand', contactEmail: 'geen-adres', contactRole: '' },
        {
          code: '41002',
          nonEuOriginInhabitants: '-3',
          contactName: 'Iemand',
          contactEmail: 'iemand@aalst.example',
          contactRole: 'primary',
        },
        { code: '41002', contactName: 'Nog iemand', contactEmail: 'IEMAND@aalst.example', contactRole: 'finance' },
        { code: '', name: 'Zonder code' },
        { code: '12025', name: 'Mechelen' },
        { code: '12025', name: 'Stad Mechelen' },
        { code: '44021', kboNumber: '207451227' },
      ),
    );
    expect(reading.problems.map(({ field, problem }) => `${field}: ${problem}`)).toEqual([
      'row 2, code: 4402 is not a 5-digit NIS code, VGC or DE-RAND',
      'row 3, kboNumber: check digits do not match (0207451228)',
      'row 3, province: Gent is not a province (Antwerpen, Limburg, Oost-Vlaanderen, Vlaams-Brabant, West-Vlaanderen, Brussel)',
      'row 3, inhabitants: 12.5 is not a whole number of inhabitants (digits only, at most 999999999)',
      'row 4, contactEmail: geen-adres is not an e-mail address',
      'row 4, contactRole: a contact person needs a role, e.g. primary',
      'row 5, nonEuOriginInhabitants: -3 is not a whole number of inhabitants (digits only, at most 999999999)',
      'row 6, contactEmail: IEMAND@aalst.example is listed more than once for 41002',
      'row 7, code: every row needs the government code',
      'row 9, name: Stad Mechelen differs from row 8 (Mechelen) for 12025',
      'row 10, kboNumber: 207451227 is not a KBO number (10 digits starting with 0 or 1)',
    ]);
  });

  it('refuses unknown and repeated columns and a header without code', () => {
    expect(headerProblems(['code', 'naam', 'name', 'name'])).toEqual([
      { field: 'row 1, naam', problem: expect.stringContaining('not a column of the import') },
      { field: 'row 1, name', problem: 'appears more than once in the header' },
    ]);
    expect(headerProblems(['name'])).toEqual([{ field: 'row 1', problem: 'the header must name the column code' }]);
  });
});

describe('planning a register import against the register', () => {
  const plan = (records: ImportRecord[], current = register) => planImport(readImportRecords(records).entries, current);

  it('creates what is new, updates what changes and leaves the rest, and the same file twice changes nothing', () => {
    const file = rows(
      { code: '44021', nonEuOriginInhabitants: '61000' },
      { code: '41002', name: 'Aalst' },
      {
        code: '73107',
        name: 'Maasmechelen',
        province: 'Limburg',
        inhabitants: '38933',
        contactName: 'X',
        contactEmail: 'x@maasmechelen.example',
        contactRole: 'primary',
      },
    );
    const first = plan(file);
    expect(first.problems).toEqual([]);
    expect(first.created.map((government) => [government.code, government.kind, government.name, government.contacts.length])).toEqual([
      ['73107', 'municipality', 'Maasmechelen', 1],
    ]);
    expect(first.updated.map((update) => [update.after.code, update.changedFields, update.after.nonEuOriginInhabitants])).toEqual([
      ['44021', ['nonEuOriginInhabitants'], 61000],
    ]);
    expect(first.unchanged.map((government) => government.code)).toEqual(['41002']);

    const afterwards = [...register.filter((government) => government.code !== '44021'), first.updated[0]!.after, first.created[0]!];
    const second = plan(file, afterwards);
    expect([second.created.length, second.updated.length, second.unchanged.length, second.problems]).toEqual([0, 0, 3, []]);
  });

  it('refuses a new government without name or province, more non-EU origin than inhabitants, and a KBO number held by another', () => {
    const withKbo = register.map((government) => (government.code === '41002' ? { ...government, kboNumber: '0207451227' } : government));
    const planned = plan(
      rows({ code: '99999' }, { code: '44021', kboNumber: '0207451227' }, { code: '12025', nonEuOriginInhabitants: '50001' }),
      withKbo,
    );
    expect(planned.problems.map(({ field, problem }) => `${field}: ${problem}`)).toEqual([
      'row 2, name: 99999 is not in the register yet: its name is required',
      'row 2, province: 99999 is not in the register yet: its province is required',
      'row 4, nonEuOriginInhabitants: 50001 exceeds the 50000 inhabitants of 12025',
      'row 3, kboNumber: 0207451227 is also the KBO number of 41002',
    ]);
    // Moving a KBO number from one government to another in the same file is allowed.
    expect(plan(rows({ code: '44021', kboNumber: '0207451227' }, { code: '41002', kboNumber: '0207500123' }), withKbo).problems).toEqual(
      [],
    );
  });

  it('whatever the file, importing its result again finds nothing to change', () => {
    const cell = fc.record(
      {
        nonEuOriginInhabitants: fc.nat(20_000).map(String),
        name: fc.constantFrom('Gent', 'Stad Gent', 'Aalst'),
        contactEmail: fc.constantFrom('a@x.example', 'b@x.example'),
      },
      { requiredKeys: [] },
    );
    const file = fc.array(fc.tuple(fc.constantFrom('44021', '41002', '12025'), cell), { maxLength: 8 });
    fc.assert(
      fc.property(file, (lines) => {
        const records = rows(
          ...lines.map(([code, cells]) => ({
            code,
            ...cells,
            ...(cells.contactEmail ? { contactName: 'Contact', contactRole: 'primary' } : {}),
          })),
        );
        const first = plan(records);
        if (first.problems.length > 0) return;
        const byCode = new Map(register.map((government) => [government.code, government]));
        for (const { after } of first.updated) byCode.set(after.code, after);
        const second = plan(records, [...byCode.values()]);
        expect([second.created.length, second.updated.length, second.problems]).toEqual([0, 0, []]);
      }),
    );
  });

  it('lists problems by row', () => {
    expect(
      inFileOrder([
        { field: 'row 9, name', problem: 'b' },
        { field: 'row 2, code', problem: 'a' },
        { field: 'row 9, kboNumber', problem: 'c' },
      ]),
    ).toEqual([
      { field: 'row 2, code', problem: 'a' },
      { field: 'row 9, name', problem: 'b' },
      { field: 'row 9, kboNumber', problem: 'c' },
    ]);
  });
});
