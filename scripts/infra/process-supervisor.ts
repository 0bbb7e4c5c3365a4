import { DEFAULT_SUPERVISION_POLICY, decideAfterCrash, type Crash, type SupervisionPolicy } from './supervision-policy.js';

/** One run of a supervised process: a service, the broker, the mail sink. */
export interface SupervisedRun {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Its last output lines, for the report when it keeps crashing. */
  recentLines(): string[] | Promise<string[]>;
  stop(): Promise<void>;
}

export interface GaveUp {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  crashes: number;
  withinMs: number;
  lastLines: string[];
}

export interface SuperviseOptions<Run extends SupervisedRun> {
  name: string;
  /** Starts one run; a rejection on a restart counts as a crash. */
  start: () => Promise<Run>;
  policy?: SupervisionPolicy;
  say: (line: string) => void;
  /** After every successful restart (not the first start), e.g. to announce readiness again. */
  onRestarted?: (run: Run) => void;
}

export interface Supervisor<Run extends SupervisedRun> {
  name: string;
  current(): Run | undefined;
  restarts(): number;
  /** Settles only when the process kept crashing; then it is no longer restarted. */
  gaveUp: Promise<GaveUp>;
  /** Stops the current run; no more restarts. */
  stop(): Promise<void>;
}

const describeExit = ({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }): string =>
  signal !== null ? `was killed (${signal})` : code !== null ? `exited with code ${code}` : 'could not be started';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/**
 * Starts a process and restarts it whenever it dies by itself, waiting as the policy says, until the
 * policy gives up. The first start is awaited and its failure is the caller's (nothing is running yet).
 */
export const supervise = async <Run extends SupervisedRun>(options: SuperviseOptions<Run>): Promise<Supervisor<Run>> => {
  const { name, start, policy = DEFAULT_SUPERVISION_POLICY, say, onRestarted } = options;
  const crashes: Crash[] = [];
  /** The run being watched: a started one, or a failed restart standing in for one. */
  let watched: SupervisedRun = await start();
  let started: Run | undefined = watched as Run;
  let startedAt = Date.now();
  let restarts = 0;
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let reportGiveUp!: (gaveUp: GaveUp) => void;
  const gaveUp = new Promise<GaveUp>((resolve) => (reportGiveUp = resolve));

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async (): Promise<void> => {
    while (!stopped) {
      const exit = await watched.exited;
      if (stopped) return;
      crashes.push({ startedAt, exitedAt: Date.now() });
      started = undefined;
      const lastLines = await watched.recentLines();
      const decision = decideAfterCrash(crashes, policy);
      if (decision.action === 'give-up') {
        say(`${name} ${describeExit(exit)}: ${decision.crashes} crashes in ${seconds(decision.withinMs)}, not restarting it again`);
        return reportGiveUp({ name, ...exit, crashes: decision.crashes, withinMs: decision.withinMs, lastLines });
      }
      say(`${name} ${describeExit(exit)}; restarting it in ${seconds(decision.delayMs)} (crash ${decision.crashesInARow} in a row)`);
      await sleep(decision.delayMs);
      wakeUp = null;
      if (stopped) return;
      startedAt = Date.now();
      try {
        started = await start();
      } catch (error) {
        // A restart that fails (a port still held, say) is one more crash, with the error as its last line.
        const line = `could not restart: ${error instanceof Error ? error.message : String(error)}`;
        watched = {
          exited: Promise.resolve({ code: null, signal: null }),
          recentLines: () => [...lastLines, line],
          stop: async () => undefined,
        };
        continue;
      }
      watched = started;
      restarts += 1;
      if (stopped) return void (await started.stop());
      say(`${name} restarted (restart ${restarts})`);
      onRestarted?.(started);
    }
  };
  const watching = watch();

  return {
    name,
    current: () => started,
    restarts: () => restarts,
    gaveUp,
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await watched.stop();
      // A restart under way finishes and is stopped by the watcher.
      await watching;
    },
  };
};
