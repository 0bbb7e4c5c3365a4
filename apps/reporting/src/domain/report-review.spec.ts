import { describe, expect, it } from '@jest/globals';
import { motivationAccepted, motivationOf, reviewProblems } from './report-review.js';

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

describe('motivations ABB does not accept', () => {
  const reported = new Set(['A05', 'A02', 'A07']);
  const motivated = new Set(['A05', 'A02']);

  it('are named on an acceptance, each an indicator the version motivates', () => {
    expect(reviewProblems('accepted', [], reported, ['A05'], motivated)).toEqual([]);
    expect(reviewProblems('accepted', [], reported, ['A05', 'A02'], motivated)).toEqual([]);
  });

  it('names every problem: on a request for changes, not reported, without a motivation, twice', () => {
    expect(
      reviewProblems('changes-requested', [{ indicatorCode: 'A05', comment: 'Graag toelichten.' }], reported, ['A05'], motivated),
    ).toEqual([
      {
        field: 'motivationsNotAccepted',
        problem: 'only an acceptance judges motivations; a request for changes leaves them to the next version',
      },
    ]);
    expect(reviewProblems('accepted', [], reported, ['A09', 'A07', 'A05', 'A05'], motivated)).toEqual([
      { field: 'motivationsNotAccepted[0]', problem: 'A09 is not an indicator of the reviewed report (A02, A05, A07)' },
      { field: 'motivationsNotAccepted[1]', problem: 'A07 carries no motivation in the reviewed report; there is nothing to refuse' },
      { field: 'motivationsNotAccepted[3]', problem: 'A05 appears more than once' },
    ]);
  });

  it('decide motivationAccepted: null without a motivation or on a request for changes, else accepted unless named', () => {
    const notAccepted = new Set(['A02']);
    expect(motivationAccepted('accepted', 'verbouwing', 'A05', notAccepted)).toBe(true);
    expect(motivationAccepted('accepted', 'verbouwing', 'A02', notAccepted)).toBe(false);
    expect(motivationAccepted('accepted', null, 'A07', notAccepted)).toBeNull();
    expect(motivationAccepted('changes-requested', 'verbouwing', 'A05', new Set())).toBeNull();
    expect(motivationAccepted('changes-requested', null, 'A05', new Set())).toBeNull();
  });

  it('count a motivation only when it says something', () => {
    expect(motivationOf({ motivation: '  verbouwing ' })).toBe('verbouwing');
    expect(motivationOf({ motivation: '  ' })).toBeNull();
    expect(motivationOf({})).toBeNull();
  });
});
