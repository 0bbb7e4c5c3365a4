import { describe, expect, it } from '@jest/globals';
import { RuleViolation } from '#domain';
import { readGovernmentCsv } from './government-csv.js';

const refusal = (text: string): string[] => {
  try {
    readGovernmentCsv(text);
  } catch (error) {
    if (error instanceof RuleViolation) return error.problems.map(({ field, problem }) => `${field}: ${problem}`);
    throw error;
  }
  throw new Error('the file was accepted');
};

const COLUMNS = '(code;kboNumber;name;province;inhabitants;nonEuOriginInhabitants;contactName;contactEmail;contactPhone;contactRole)';

describe('reading the register import file', () => {
  it('reads cells by the header, with or without BOM, quoted cells holding ; and line breaks, rows numbered as lines', () => {
    const text =
      '\uFEFFcode;name;contactName;contactEmail\r\n' +
      '44021;"Gent; stad";"Dienst ""Samenleven""";samenleven@gent.example\r\n' +
      '\r\n' +
      '41002; Aalst ;"Twee\nregels";a@aalst.example\r\n' +
      '12025;Mechelen;;\n';
    expect(readGovernmentCsv(text)).toEqual([
      { row: 2, cells: { code: '44021', name: 'Gent; stad', contactName: 'Dienst "Samenleven"', contactEmail: 'samenleven@gent.example' } },
      { row: 4, cells: { code: '41002', name: 'Aalst', contactName: 'Twee\nregels', contactEmail: 'a@aalst.example' } },
      { row: 6, cells: { code: '12025', name: 'Mechelen', contactName: '', contactEmail: '' } },
    ]);
    expect(readGovernmentCsv('code\n44021')).toEqual([{ row: 2, cells: { code: '44021' } }]);
  });

  it('refuses a file that is not CSV, is empty, has a bad header or rows of the wrong width, naming the lines', () => {
    expect(refusal('')).toEqual([`file: the file is empty: it needs a header ${COLUMNS}`]);
    expect(refusal('code;name\n')).toEqual(['file: the file has a header but no rows']);
    expect(refusal('code;name\n44021;"Gent\n')).toEqual([expect.stringMatching(/^row 2: not a readable CSV file: Quote Not Closed/)]);
    expect(refusal('code,name\n44021,Gent\n')).toEqual([
      `row 1, code,name: not a column of the import ${COLUMNS}`,
      'row 1: the header must name the column code',
    ]);
    expect(refusal('code;name\n44021;Gent;extra\n41002\n12025;Mechelen\n')).toEqual([
      'row 2: has 3 cells, the header 2',
      'row 3: has 1 cells, the header 2',
    ]);
  });
});
