import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { forgetProcess, recordProcess } from './process-registry.js';

/** pino's numeric levels, as printed in the one-line summaries. */
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const QUIET_KEYS = new Set(['level', 'time', 'pid', 'hostname', 'service', 'msg', 'err', 'stack', 'v', 'context']);

const scalar = (value: unknown): string | null =>
  typeof value === 'string'
    ? /\s/.test(value) || value === ''
      ? JSON.stringify(value)
      : value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : null;

/**
 * One readable line from a pino JSON line: time, level, message, the short fields and an error's
 * message. Anything that is not a pino line (a stack trace, a console.log) comes back unchanged.
 */
export const summariseLogLine = (line: string): string => {
  if (!line.startsWith('{')) return line;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (typeof entry.level !== 'number' && typeof entry.level !== 'string') return line;
  const level = typeof entry.level === 'number' ? (LEVELS[entry.level] ?? String(entry.level)) : entry.level.toUpperCase();
  const time = typeof entry.time === 'number' || typeof entry.time === 'string' ? new Date(entry.time).toISOString().slice(11, 23) : '';
  const fields = Object.entries(entry)
    .filter(([key]) => !QUIET_KEYS.has(key))
    .map(([key, value]) => [key, scalar(value)] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== null)
    .map(([key, value]) => `${key}=${value}`);
  const err = entry.err as { type?: unknown; message?: unknown } | undefined;
  // Nest logs some errors as a bare `stack`; its first line is the message.
  const error =
    err && typeof err.message === 'string'
      ? ` ${typeof err.type === 'string' ? err.type : 'Error'}: ${err.message}`
      : typeof entry.stack === 'string'
        ? ` (${entry.stack.split('\n')[0]})`
        : '';
  const context = typeof entry.context === 'string' ? `[${entry.context}] ` : '';
  return [time, level.padEnd(5), `${context}${typeof entry.msg === 'string' ? entry.msg : ''}${error}`, ...fields]
    .filter((part) => part !== '')
    .join(' ');
};

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** The last lines it printed (raw), for the report when it dies. */
  recentLines(): string[];
  /** Resolves with the exit code (or signal) once it has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(timeoutMs?: number): Promise<void>;
}

export interface SpawnServiceOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where its pid is kept so a later start can stop it when this run was killed hard. */
  pidFile: string;
  /** Receives each output line, already prefixed. */
  print: (line: string) => void;
  prefix: string;
  summarise?: boolean;
  keepLines?: number;
}

/**
 * Runs one service as a child in its own process group (a Ctrl-C reaches the orchestrator only, which
 * stops the services before the broker), printing its output line by line behind a prefix.
 */
export const spawnService = async (options: SpawnServiceOptions): Promise<ServiceProcess> => {
  const { name, command, args, env, cwd, pidFile, print, prefix, summarise = true, keepLines = 40 } = options;
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  const onLine = (line: string): void => {
    recent.push(line);
    if (recent.length > keepLines) recent.shift();
    print(`${prefix}${summarise ? summariseLogLine(line) : line}`);
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // 'close', not 'exit': by then its last lines have been read too.
    child.once('close', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      onLine(`could not start: ${error.message}`);
      resolve({ code: -1, signal: null });
    });
  });
  if (child.pid !== undefined) await recordProcess(pidFile, { pid: child.pid, ownerPid: process.pid, marker: args.join(' ') });
  void exited.then(() => forgetProcess(pidFile));

  let stopping: Promise<void> | null = null;
  const stop = (timeoutMs = 15_000): Promise<void> =>
    (stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return void (await exited);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    })());

  return { name, child, recentLines: () => [...recent], exited, stop };
};

/** Polls an HTTP endpoint until it answers 200; rejects when `gaveUp` settles first or time runs out. */
export const waitForHttpOk = async (url: string, gaveUp: Promise<unknown>, timeoutMs = 120_000): Promise<void> => {
  let abandoned = false;
  void gaveUp.then(() => (abandoned = true));
  const deadline = Date.now() + timeoutMs;
  let last: string;
  while (!abandoned) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs / 1000} s (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`gave up waiting for ${url}`);
};
