import { describe, expect, it } from '@jest/globals';
import { reviewProblems } from './report-review.js';

describe('reviewProblems', () => {
  const reported = new Set(['A05', 'A02']);

  it('accepts without comments, and requests changes with comments on reported indicators', () => {
    expect(reviewProblems('accepted', [], reported)).toEqual([]);
    expect(reviewProblems('changes-requested', [{ indicatorCode: 'A05', comment: 'Graag toelichten.' }], reported)).toEqual([]);
  });

  it('names every problem: no comment on a request for changes, a comment on an indicator not reported, an empty one', () => {
    expect(reviewProblems('changes-requested', [], reported)).toEqual([
      { field: 'comments', problem: 'a request for changes names at least one indicator and what to change' },
    ]);
    expect(
      reviewProblems(
        'changes-requested',
        [
          { indicatorCode: 'A07', comment: 'Waarom?' },
          { indicatorCode: 'A05', comment: ' ' },
        ],
        reported,
      ),
    ).toEqual([
      { field: 'comments[0].indicatorCode', problem: 'A07 is not an indicator of the reviewed report (A02, A05)' },
      { field: 'comments[1].comment', problem: 'says nothing' },
    ]);
  });
});
