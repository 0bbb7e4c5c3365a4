import { describe, expect, it } from '@jest/globals';
import { supervise, type SupervisedRun } from './process-supervisor.js';
import type { SupervisionPolicy } from './supervision-policy.js';

const policy: SupervisionPolicy = { initialDelayMs: 10, maxDelayMs: 100, maxCrashes: 3, windowMs: 60_000, healthyAfterMs: 60_000 };

/** A run that exits when `crash` is called, or when stopped. */
const fakeRun = (lines: string[] = []): SupervisedRun & { crash(code: number): void; stopped: boolean } => {
  let exit!: (outcome: { code: number | null; signal: NodeJS.Signals | null }) => void;
  const run = {
    stopped: false,
    exited: new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => (exit = resolve)),
    recentLines: () => lines,
    crash: (code: number) => exit({ code, signal: null }),
    stop: async () => {
      run.stopped = true;
      exit({ code: 0, signal: null });
    },
  };
  return run;
};

const tick = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('process supervisor', () => {
  it('counts a restart that fails as one more crash, with the error among the last lines', async () => {
    const first = fakeRun(['listening']);
    let starts = 0;
    const said: string[] = [];
    const supervisor = await supervise({
      name: 'svc',
      policy,
      say: (line) => void said.push(line),
      start: async () => {
        starts += 1;
        if (starts === 1) return first;
        throw new Error('port 3001 in use');
      },
    });
    first.crash(1);
    const gaveUp = await supervisor.gaveUp;
    expect(starts).toBe(3);
    expect(gaveUp).toMatchObject({ name: 'svc', crashes: 3, code: null });
    expect(gaveUp.lastLines).toEqual(['listening', 'could not restart: port 3001 in use', 'could not restart: port 3001 in use']);
    expect(said.slice(0, 2)).toEqual([
      'svc exited with code 1; restarting it in 0.0 s (crash 1 in a row)',
      'svc could not be started; restarting it in 0.0 s (crash 2 in a row)',
    ]);
  });

  it('does not restart once stopped, not even during the backoff', async () => {
    const runs: ReturnType<typeof fakeRun>[] = [];
    const supervisor = await supervise({
      name: 'svc',
      policy: { ...policy, initialDelayMs: 200 },
      say: () => undefined,
      start: async () => {
        runs.push(fakeRun());
        return runs.at(-1)!;
      },
    });
    runs[0]!.crash(1);
    await tick();
    await supervisor.stop();
    await tick(300);
    expect(runs).toHaveLength(1);
    expect(supervisor.restarts()).toBe(0);
  });

  it('stops the current run and reports no crash for it', async () => {
    const run = fakeRun();
    const said: string[] = [];
    const supervisor = await supervise({ name: 'svc', policy, say: (line) => void said.push(line), start: async () => run });
    await supervisor.stop();
    expect(run.stopped).toBe(true);
    await tick();
    expect(said).toEqual([]);
  });
});
