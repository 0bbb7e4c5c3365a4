export interface Progress {
  done: number;
  total: number;
}

const WIDTH = 30;
const count = (value: number): string => Math.round(value).toLocaleString('en-GB');

/** `[##########--------------------]  1,000/3,000 rows  33.3%  2,500 rows/s`; the rate over the time elapsed so far. */
export const progressLine = ({ done, total }: Progress, elapsedMs: number): string => {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * WIDTH);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`;
  return `${bar} ${count(done)}/${count(total)} rows  ${(share * 100).toFixed(1)}%  ${count(rate)} rows/s`;
};

/**
 * Draws the bar in place on a terminal; elsewhere (a log, a pipe) prints a line at every tenth of the way, so the
 * output stays short. `finish` prints the last state once.
 */
export const progressPrinter = (write: (text: string) => void, isTerminal: boolean, now: () => number = Date.now) => {
  const started = now();
  let printedTenth = -1;
  let last: Progress = { done: 0, total: 0 };
  return {
    update(progress: Progress): void {
      last = progress;
      if (isTerminal) {
        write(`\r${progressLine(progress, now() - started)}`);
        return;
      }
      const tenth = progress.total > 0 ? Math.floor((progress.done / progress.total) * 10) : 10;
      if (tenth > printedTenth && tenth < 10) {
        printedTenth = tenth;
        write(`${progressLine(progress, now() - started)}\n`);
      }
    },
    finish(): number {
      const elapsed = now() - started;
      write(`${isTerminal ? '\r' : ''}${progressLine(last, elapsed)}\n`);
      return elapsed;
    },
  };
};
