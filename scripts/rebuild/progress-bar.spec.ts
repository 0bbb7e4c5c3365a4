import { describe, expect, it } from '@jest/globals';
import { progressLine, progressPrinter } from './progress-bar.js';

describe('the rebuild progress bar', () => {
  it('shows the share done, the rows and the rate', () => {
    expect(progressLine({ done: 1000, total: 3000 }, 400)).toBe('[##########--------------------] 1,000/3,000 rows  33.3%  2,500 rows/s');
    expect(progressLine({ done: 0, total: 0 }, 0)).toBe('[##############################] 0/0 rows  100.0%  0 rows/s');
  });

  it('draws in place on a terminal, and a line per tenth elsewhere, with the final state once', () => {
    let clock = 0;
    const written: string[] = [];
    const plain = progressPrinter(
      (text) => written.push(text),
      false,
      () => clock,
    );
    for (let done = 0; done <= 100; done += 5) {
      clock += 10;
      plain.update({ done, total: 100 });
    }
    plain.finish();
    expect(written).toHaveLength(11);
    expect(written.every((line) => line.endsWith('\n') && !line.startsWith('\r'))).toBe(true);
    expect(written.at(-1)).toBe('[##############################] 100/100 rows  100.0%  476 rows/s\n');

    const drawn: string[] = [];
    const terminal = progressPrinter(
      (text) => drawn.push(text),
      true,
      () => clock,
    );
    terminal.update({ done: 1, total: 2 });
    terminal.update({ done: 2, total: 2 });
    terminal.finish();
    expect(drawn.map((text) => text.startsWith('\r'))).toEqual([true, true, true]);
  });
});
