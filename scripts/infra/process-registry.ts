import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Pid files for the long-running processes our scripts spawn (broker, services). A run that was
 * killed hard (SIGKILL, a closed terminal) cannot stop its children; the next run finds them here
 * and stops them, instead of failing on a port or a data-directory lock held by an orphan.
 */
export interface ProcessRecord {
  pid: number;
  /** The Node process that started it; while that one lives, the child is not an orphan. */
  ownerPid: number;
  /** A fragment of the command line, checked before signalling, so a recycled pid is never hit. */
  marker: string;
}

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const commandLine = async (pid: number): Promise<string | null> => {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    return null;
  }
};

export const recordProcess = async (file: string, record: ProcessRecord): Promise<void> => {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(record));
};

export const forgetProcess = async (file: string): Promise<void> => {
  await rm(file, { force: true });
};

const waitForExit = async (pid: number, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
};

export type ReapOutcome = 'none' | 'reaped' | 'owned-by-live-run';

/** Stops the process recorded in `file` when its owner is gone; leaves a live run's process alone. */
export const reapOrphan = async (file: string): Promise<ReapOutcome> => {
  let record: ProcessRecord;
  try {
    record = JSON.parse(await readFile(file, 'utf8')) as ProcessRecord;
  } catch {
    return 'none';
  }
  const cmdline = isAlive(record.pid) ? await commandLine(record.pid) : null;
  if (cmdline === null || !cmdline.includes(record.marker)) {
    await forgetProcess(file);
    return 'none';
  }
  if (record.ownerPid !== process.pid && isAlive(record.ownerPid)) return 'owned-by-live-run';
  process.kill(record.pid, 'SIGTERM');
  if (!(await waitForExit(record.pid, 20_000))) process.kill(record.pid, 'SIGKILL');
  await waitForExit(record.pid, 5_000);
  await forgetProcess(file);
  return 'reaped';
};
