import { describe, expect, it } from '@jest/globals';
import { planFaults, seededRandom } from './chaos-run.js';

describe('the chaos plan', () => {
  it('replays the same numbers for the same seed', () => {
    const draw = (seed: number): number[] => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('takes every kind in turn and the services in kill order, at report counts within the stream', () => {
    const faults = planFaults(seededRandom(1), 20, 100);
    expect(faults.filter((fault) => fault.kind === 'kill-broker')).toHaveLength(5);
    expect(faults.filter((fault) => fault.kind === 'drop-connections')).toHaveLength(5);
    expect(faults.filter((fault) => fault.kind === 'kill-notifications-at-mail')).toHaveLength(5);
    expect(faults.flatMap((fault) => (fault.service ? [fault.service] : [])).sort()).toEqual([
      'applications',
      'budgeting',
      'mentorships',
      'notifications',
      'reporting',
    ]);
    expect(faults.map((fault) => fault.afterReports)).toEqual([...faults.map((fault) => fault.afterReports)].sort((a, b) => a - b));
    expect(faults.every((fault) => fault.afterReports >= 0 && fault.afterReports < 100)).toBe(true);
  });

  it('has a kill at the worst moment for mail among the first four faults', () => {
    expect(
      planFaults(seededRandom(3), 4, 50)
        .map((fault) => fault.kind)
        .sort(),
    ).toEqual(['drop-connections', 'kill-broker', 'kill-notifications-at-mail', 'kill-service']);
  });
});
