import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { deadlineMomentsOf, settlePassedMoments, type DeadlineMoment, type MomentState } from './return-deadlines.js';

const DAY = 86_400_000;
const at = (iso: string): Date => new Date(iso);
const fresh = (due: string): MomentState[] => deadlineMomentsOf(due).map((moment) => ({ ...moment, settled: false }));

/** A due date between 2022 and 2025, as the catalogue writes it. */
const dueDates = fc
  .integer({ min: Date.parse('2022-01-01T00:00:00Z') / DAY, max: Date.parse('2025-12-31T00:00:00Z') / DAY })
  .map((day) => new Date(day * DAY).toISOString().slice(0, 10));

describe('the moments of an expected return', () => {
  it('reminds 14 and 3 days before the due date and is overdue from the day after it', () => {
    expect(deadlineMomentsOf('2023-04-15')).toEqual([
      { moment: 'reminder-14', at: at('2023-04-01T00:00:00Z') },
      { moment: 'reminder-3', at: at('2023-04-12T00:00:00Z') },
      { moment: 'overdue', at: at('2023-04-16T00:00:00Z') },
    ]);
  });

  it('refuses what is not a date', () => {
    expect(() => deadlineMomentsOf('15/04/2023')).toThrow('due: 15/04/2023 is not a date');
  });
});

describe('which passed moments still make sense', () => {
  it('sends the one moment passed, and nothing before it has come', () => {
    expect(settlePassedMoments(fresh('2023-04-15'), at('2023-03-31T23:59:59Z'), false)).toEqual([]);
    expect(settlePassedMoments(fresh('2023-04-15'), at('2023-04-01T00:00:00Z'), false)).toEqual([
      { moment: 'reminder-14', outcome: 'sent' },
    ]);
  });

  it('after a jump past the 3-day moment, reminds 3 days before only', () => {
    expect(settlePassedMoments(fresh('2023-04-15'), at('2023-04-13T10:00:00Z'), false)).toEqual([
      { moment: 'reminder-14', outcome: 'superseded' },
      { moment: 'reminder-3', outcome: 'sent' },
    ]);
  });

  it('after a jump past the due date, sends the overdue notice and no reminder', () => {
    expect(settlePassedMoments(fresh('2023-04-15'), at('2023-05-01T00:00:00Z'), false)).toEqual([
      { moment: 'reminder-14', outcome: 'superseded' },
      { moment: 'reminder-3', outcome: 'superseded' },
      { moment: 'overdue', outcome: 'sent' },
    ]);
  });

  it('is still a 3-day reminder on the due date itself, which is not overdue yet', () => {
    const decisions = settlePassedMoments(fresh('2023-04-15'), at('2023-04-15T23:59:59Z'), false);
    expect(decisions.filter((decision) => decision.outcome === 'sent')).toEqual([{ moment: 'reminder-3', outcome: 'sent' }]);
  });

  it('sends nothing to a government that has reported, and settles what passed', () => {
    expect(settlePassedMoments(fresh('2023-04-15'), at('2023-05-01T00:00:00Z'), true)).toEqual([
      { moment: 'reminder-14', outcome: 'reported' },
      { moment: 'reminder-3', outcome: 'reported' },
      { moment: 'overdue', outcome: 'reported' },
    ]);
  });

  it('never sends late a moment that was passed over: the 3-day reminder settled, a stray 14-day one is superseded', () => {
    const moments = fresh('2023-04-15').map((moment) => ({ ...moment, settled: moment.moment === 'reminder-3' }));
    expect(settlePassedMoments(moments, at('2023-04-14T00:00:00Z'), false)).toEqual([{ moment: 'reminder-14', outcome: 'superseded' }]);
  });

  it('in one round: sends at most one moment, the latest passed, settles every passed one and nothing to come', () => {
    fc.assert(
      fc.property(
        dueDates,
        fc.integer({ min: -20 * DAY, max: 5 * DAY }),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        (due, offset, reported, settled) => {
          const moments = fresh(due).map((moment, index) => ({ ...moment, settled: settled[index]! }));
          const now = new Date(Date.parse(`${due}T00:00:00Z`) + offset);
          const decisions = settlePassedMoments(moments, now, reported);
          const passed = moments.filter((moment) => moment.at <= now);
          expect(decisions.map((decision) => decision.moment)).toEqual(
            passed.filter((moment) => !moment.settled).map((moment) => moment.moment),
          );
          const sent = decisions.filter((decision) => decision.outcome === 'sent');
          expect(sent.length).toBeLessThanOrEqual(1);
          if (reported) expect(sent).toEqual([]);
          for (const decision of sent) expect(decision.moment).toBe(passed[passed.length - 1]!.moment);
        },
      ),
    );
  });

  // Each moment at most once, no reminder after the due date, no 14-day one after the 3-day moment, overdue once unless reported.
  it('over any run of clock moves forward, sends only what still makes sense, each once', () => {
    fc.assert(
      fc.property(
        dueDates,
        fc.array(fc.integer({ min: 0, max: 10 * DAY }), { minLength: 1, maxLength: 12 }),
        fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
        (due, steps, reportedAfterRound) => {
          const moments = fresh(due);
          const momentAt = (name: DeadlineMoment): number => moments.find((moment) => moment.moment === name)!.at.getTime();
          let now = Date.parse(`${due}T00:00:00Z`) - 20 * DAY;
          const sent: { moment: DeadlineMoment; now: number }[] = [];
          steps.forEach((step, round) => {
            now += step;
            const reported = reportedAfterRound !== undefined && round >= reportedAfterRound;
            for (const decision of settlePassedMoments(moments, new Date(now), reported)) {
              moments.find((moment) => moment.moment === decision.moment)!.settled = true;
              if (decision.outcome === 'sent') {
                expect(reported).toBe(false);
                sent.push({ moment: decision.moment, now });
              }
            }
          });
          expect(new Set(sent.map((message) => message.moment)).size).toBe(sent.length);
          for (const message of sent) {
            if (message.moment !== 'overdue') expect(message.now).toBeLessThan(momentAt('overdue'));
            if (message.moment === 'reminder-14') expect(message.now).toBeLessThan(momentAt('reminder-3'));
          }
          expect(sent.map((message) => message.now)).toEqual([...sent.map((message) => message.now)].sort((a, b) => a - b));
          const everReported = reportedAfterRound !== undefined && reportedAfterRound < steps.length;
          const overdueSent = sent.filter((message) => message.moment === 'overdue').length;
          if (now >= momentAt('overdue') && !everReported) expect(overdueSent).toBe(1);
          if (now < momentAt('overdue')) expect(overdueSent).toBe(0);
          // Every moment the clock passed is settled: it never fires again.
          for (const moment of moments) expect(moment.settled).toBe(moment.at.getTime() <= now);
        },
      ),
    );
  });
});
