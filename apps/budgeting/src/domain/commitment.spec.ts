import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { answerDecision, decidedRevisionProblems, type CommittedLine, type DecidedRevision } from './commitment.js';

const line = (indicatorCode: string, approved: number, eurPerKpi: number, amountCents = approved * eurPerKpi * 100): CommittedLine => ({
  indicatorCode,
  approvedAdditionalReach: approved,
  target: approved,
  eurPerKpi,
  amountCents,
});

const revision = (lines: CommittedLine[], stimuliCents = 0): DecidedRevision => {
  const linesCents = lines.reduce((sum, priced) => sum + priced.amountCents, 0);
  return {
    lines,
    stimuli: stimuliCents > 0 ? [{ kind: 'mentorship', actionNumber: 5, partnerCode: null, amountCents: stimuliCents }] : [],
    linesCents,
    stimuliCents,
    totalCents: linesCents + stimuliCents,
  };
};

describe('decidedRevisionProblems', () => {
  it('accepts a revision that adds up, also one awarding less than KPI x rate', () => {
    expect(decidedRevisionProblems(revision([line('A05', 1500, 60), line('A06', 100, 25, 200_000)], 1_000_000))).toEqual([]);
  });

  it('names every inconsistency', () => {
    const broken: DecidedRevision = { ...revision([line('A05', 10, 60, 60_001), line('A05', 1, 60)]), linesCents: 1, totalCents: 7 };
    expect(decidedRevisionProblems(broken).map((problem) => problem.field)).toEqual([
      'lines[0].amountCents',
      'lines[1].indicatorCode',
      'linesCents',
      'totalCents',
    ]);
  });
});

describe('answerDecision', () => {
  const base = { projectYear: 1, budgetCents: 10_000_000, yearCommittedCents: 6_000_000 };

  it('commits a first decision that fits, and refuses one that does not, saying why', () => {
    expect(answerDecision({ ...base, revision: 1, totalCents: 4_000_000, inForce: undefined })).toEqual({
      outcome: 'committed',
      deltaCents: 4_000_000,
      yearCommittedCents: 10_000_000,
    });
    expect(answerDecision({ ...base, revision: 1, totalCents: 4_000_001, inForce: undefined })).toEqual({
      outcome: 'refused',
      deltaCents: 4_000_001,
      availableCents: 4_000_000,
      reason: 'Het budget van projectjaar 1 volstaat niet: EUR 40.000,01 gevraagd, EUR 40.000,00 beschikbaar.',
    });
  });

  it('weighs an amendment by its difference: a raise must fit, a lowering always does', () => {
    const inForce = { revision: 1, committedCents: 3_000_000 };
    expect(answerDecision({ ...base, revision: 2, totalCents: 7_000_000, inForce })).toMatchObject({
      outcome: 'committed',
      deltaCents: 4_000_000,
    });
    expect(answerDecision({ ...base, revision: 2, totalCents: 7_000_001, inForce })).toMatchObject({
      outcome: 'refused',
      deltaCents: 4_000_001,
    });
    expect(answerDecision({ ...base, budgetCents: 0, revision: 2, totalCents: 1_000_000, inForce })).toMatchObject({
      outcome: 'committed',
      deltaCents: -2_000_000,
      yearCommittedCents: 4_000_000,
    });
  });

  it('refuses an amendment that lowers the commitment below what was paid already', () => {
    const inForce = { revision: 1, committedCents: 3_000_000 };
    expect(answerDecision({ ...base, revision: 2, totalCents: 1_499_999, inForce, paidCents: 1_500_000 })).toEqual({
      outcome: 'refused',
      deltaCents: -1_500_001,
      availableCents: 4_000_000,
      reason: 'Er is al EUR 15.000,00 uitbetaald; de vastlegging kan niet dalen tot EUR 14.999,99.',
    });
    expect(answerDecision({ ...base, revision: 2, totalCents: 1_500_000, inForce, paidCents: 1_500_000 })).toMatchObject({
      outcome: 'committed',
    });
  });

  it('leaves a revision that is not newer than the one in force as it is', () => {
    expect(answerDecision({ ...base, revision: 1, totalCents: 1, inForce: { revision: 1, committedCents: 5 } })).toMatchObject({
      outcome: 'superseded',
      deltaCents: 0,
    });
  });

  it('never lets the year exceed its budget, whatever the sequence of decisions and amendments', () => {
    const step = fc.record({ application: fc.integer({ min: 0, max: 4 }), totalCents: fc.nat(6_000_000) });
    fc.assert(
      fc.property(fc.nat(20_000_000), fc.array(step, { maxLength: 40 }), (budgetCents, steps) => {
        const inForce = new Map<number, { revision: number; committedCents: number }>();
        let yearCommittedCents = 0;
        for (const { application, totalCents } of steps) {
          const current = inForce.get(application);
          const answer = answerDecision({
            projectYear: 1,
            revision: (current?.revision ?? 0) + 1,
            totalCents,
            inForce: current,
            budgetCents,
            yearCommittedCents,
          });
          if (answer.outcome === 'committed') {
            yearCommittedCents = answer.yearCommittedCents;
            inForce.set(application, { revision: (current?.revision ?? 0) + 1, committedCents: totalCents });
          }
          expect(yearCommittedCents).toBeLessThanOrEqual(budgetCents);
          expect(yearCommittedCents).toBe([...inForce.values()].reduce((sum, held) => sum + held.committedCents, 0));
        }
      }),
    );
  });
});
