import { describe, expect, it } from '@jest/globals';
import { draftProblems } from './report-draft.js';

describe('report drafts', () => {
  const line = (indicatorCode: string) => ({ indicatorCode, value: '12', nil: false, motivation: '' });

  it('accepts each indicator once, whatever was typed', () => {
    expect(draftProblems([line('A05'), { ...line('A22'), value: '1,5' }])).toEqual([]);
  });

  it('names an indicator given twice', () => {
    expect(draftProblems([line('A05'), line('A22'), line('A05')])).toEqual([
      { field: 'lines[2].indicatorCode', problem: 'A05 komt meer dan eens voor' },
    ]);
  });
});
