/**
 * When `npm start` restarts a process that died, and when it gives up. Pure: the supervisor
 * (process-supervisor.ts) keeps the crash history and the clock, this decides.
 */

export interface SupervisionPolicy {
  /** Wait before the first restart; doubled for each further crash in a row. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Give up once this many crashes fall within `windowMs` (the process keeps crashing). */
  maxCrashes: number;
  windowMs: number;
  /** A run that lasted this long was healthy: the next crash starts the backoff over. */
  healthyAfterMs: number;
}

export const DEFAULT_SUPERVISION_POLICY: SupervisionPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxCrashes: 5,
  windowMs: 5 * 60_000,
  healthyAfterMs: 60_000,
};

/** One run that ended by itself (not stopped by the supervisor). Times in ms since the epoch. */
export interface Crash {
  startedAt: number;
  exitedAt: number;
}

export type SupervisionDecision =
  { action: 'restart'; delayMs: number; crashesInARow: number } | { action: 'give-up'; crashes: number; withinMs: number };

/** Crashes at the end of the history whose runs were too short to count as healthy (the last one always counts). */
export const crashesInARow = (crashes: readonly Crash[], policy: SupervisionPolicy): number => {
  let count = 0;
  for (let index = crashes.length - 1; index >= 0; index -= 1) {
    const crash = crashes[index]!;
    count += 1;
    if (crash.exitedAt - crash.startedAt >= policy.healthyAfterMs) break;
  }
  return count;
};

/** What to do after the last crash of `crashes` (oldest first, at least one). */
export const decideAfterCrash = (
  crashes: readonly Crash[],
  policy: SupervisionPolicy = DEFAULT_SUPERVISION_POLICY,
): SupervisionDecision => {
  const last = crashes.at(-1);
  if (last === undefined) throw new Error('decideAfterCrash needs at least one crash');
  const recent = crashes.filter((crash) => crash.exitedAt > last.exitedAt - policy.windowMs);
  if (recent.length >= policy.maxCrashes) {
    return { action: 'give-up', crashes: recent.length, withinMs: last.exitedAt - recent[0]!.exitedAt };
  }
  const inARow = crashesInARow(crashes, policy);
  const delayMs = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (inARow - 1));
  return { action: 'restart', delayMs, crashesInARow: inARow };
};
