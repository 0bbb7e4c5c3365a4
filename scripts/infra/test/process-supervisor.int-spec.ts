import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { sourceScriptArgs } from '../../run-from-source/source-script.js';
import { freePort, isKafkaReachable, startKafka, type KafkaBroker } from '../kafka-broker.js';
import { supervise, type Supervisor } from '../process-supervisor.js';
import { isAlive } from '../process-registry.js';
import { spawnService, waitForHttpOk, type ServiceProcess } from '../service-process.js';
import type { SupervisionPolicy } from '../supervision-policy.js';

/** Notes each start's time in a file, crashes (exit 3) on its first `crashes` starts, then stays up. */
const CHILD = `
import { appendFileSync, readFileSync } from 'node:fs';
const [log, crashes] = process.argv.slice(2);
appendFileSync(log, Date.now() + '\\n');
const start = readFileSync(log, 'utf8').trim().split('\\n').length;
console.log('start ' + start);
if (start <= Number(crashes)) {
  console.error('crash ' + start + ': cannot go on');
  process.exit(3);
}
setInterval(() => undefined, 1_000);
`;

const policy: SupervisionPolicy = { initialDelayMs: 300, maxDelayMs: 5_000, maxCrashes: 4, windowMs: 60_000, healthyAfterMs: 60_000 };

const until = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('process supervisor, with real child processes', () => {
  let dir: string;
  let supervisor: Supervisor<ServiceProcess> | undefined;
  let brokerSupervisor: Supervisor<KafkaBroker> | undefined;

  const startSupervised = async (crashes: number): Promise<{ said: string[]; startTimes: () => Promise<number[]> }> => {
    dir = await mkdtemp(path.join(tmpdir(), 'supervisor-'));
    const script = path.join(dir, 'child.mjs');
    const log = path.join(dir, 'starts.log');
    await writeFile(script, CHILD);
    const said: string[] = [];
    supervisor = await supervise({
      name: 'flaky',
      policy,
      say: (line) => void said.push(line),
      start: () =>
        spawnService({
          name: 'flaky',
          command: process.execPath,
          args: [script, log, String(crashes)],
          env: process.env,
          cwd: dir,
          pidFile: path.join(dir, 'flaky.pid.json'),
          prefix: '',
          print: () => undefined,
        }),
    });
    const startTimes = async (): Promise<number[]> => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean).map(Number);
    return { said, startTimes };
  };

  afterEach(async () => {
    await supervisor?.stop();
    await brokerSupervisor?.stop();
    supervisor = brokerSupervisor = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it('restarts a process that dies, waiting longer after each crash in a row, and after a kill -9', async () => {
    const { said, startTimes } = await startSupervised(2);
    await until('the third start', async () => (await startTimes()).length === 3 && supervisor!.restarts() === 2);
    const [first, second, third] = await startTimes();
    // Backoff: 300 ms after the first crash, 600 ms after the second (plus the time to exit and start).
    expect(second! - first!).toBeGreaterThanOrEqual(300);
    expect(third! - second!).toBeGreaterThanOrEqual(600);
    expect(said).toEqual([
      'flaky exited with code 3; restarting it in 0.3 s (crash 1 in a row)',
      'flaky restarted (restart 1)',
      'flaky exited with code 3; restarting it in 0.6 s (crash 2 in a row)',
      'flaky restarted (restart 2)',
    ]);

    const survivor = supervisor!.current()!;
    expect(isAlive(survivor.child.pid!)).toBe(true);
    survivor.child.kill('SIGKILL');
    await until('a restart after kill -9', async () => (await startTimes()).length === 4 && supervisor!.restarts() === 3);
    expect(said.slice(4)).toEqual(['flaky was killed (SIGKILL); restarting it in 1.2 s (crash 3 in a row)', 'flaky restarted (restart 3)']);
    const restarted = supervisor!.current()!;
    expect(restarted.child.pid).not.toBe(survivor.child.pid);

    await supervisor!.stop();
    expect(isAlive(restarted.child.pid!)).toBe(false);
  });

  it('gives up on a process that keeps crashing, with its last lines', async () => {
    const { said, startTimes } = await startSupervised(1_000);
    const gaveUp = await supervisor!.gaveUp;
    expect(gaveUp).toMatchObject({ name: 'flaky', code: 3, signal: null, crashes: 4 });
    // Two pipes (stdout, stderr): their lines may interleave either way.
    expect([...gaveUp.lastLines].sort()).toEqual(['crash 4: cannot go on', 'start 4']);
    expect(said.at(-1)).toMatch(/^flaky exited with code 3: 4 crashes in \d+\.\d s, not restarting it again$/);
    // Nothing starts it again afterwards.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await startTimes()).toHaveLength(4);
    expect(supervisor!.current()).toBeUndefined();
  });

  it('brings the real mail sink process back after a kill -9, answering and accepting mail again', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'supervisor-'));
    const [smtpPort, httpPort] = [await freePort(), await freePort()];
    const said: string[] = [];
    supervisor = await supervise({
      name: 'mail-sink',
      policy,
      say: (line) => void said.push(line),
      start: () =>
        spawnService({
          name: 'mail-sink',
          command: process.execPath,
          args: sourceScriptArgs('scripts/mail-sink.ts'),
          env: { ...process.env, MAIL_SINK_SMTP_PORT: String(smtpPort), MAIL_SINK_HTTP_PORT: String(httpPort), MAIL_SINK_DIR: dir },
          cwd: dir,
          pidFile: path.join(dir, 'mail-sink.pid.json'),
          prefix: '',
          print: () => undefined,
        }),
    });
    const health = `http://127.0.0.1:${httpPort}/health`;
    const never = new Promise<never>(() => undefined);
    await waitForHttpOk(health, never, 30_000);

    supervisor.current()!.child.kill('SIGKILL');
    await until('the mail sink restarted', () => supervisor!.restarts() === 1, 30_000);
    expect(said).toEqual(['mail-sink was killed (SIGKILL); restarting it in 0.3 s (crash 1 in a row)', 'mail-sink restarted (restart 1)']);
    await waitForHttpOk(health, never, 30_000);
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${smtpPort}`);
    try {
      await transport.sendMail({ from: 'a@example.org', to: 'b@example.org', subject: 'after the restart', text: 'still here' });
    } finally {
      transport.close();
    }
    expect((await readdir(dir)).filter((file) => file.endsWith('.eml'))).toHaveLength(1);
  });

  it('restarts a Kafka broker that was killed, on the same port and data', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'supervisor-kafka-'));
    const [port, controllerPort] = [await freePort(), await freePort()];
    const said: string[] = [];
    const broker = await supervise({
      name: 'Kafka',
      policy,
      say: (line) => void said.push(line),
      start: () => startKafka({ port, controllerPort, dataDir: dir }),
    });
    brokerSupervisor = broker;
    const first = broker.current()!;
    expect(await isKafkaReachable(first.brokers)).toBe(true);

    process.kill(first.pid, 'SIGKILL');
    await until('the broker restarted', () => broker.restarts() === 1, 90_000);
    expect(said).toEqual(['Kafka was killed (SIGKILL); restarting it in 0.3 s (crash 1 in a row)', 'Kafka restarted (restart 1)']);
    const second = broker.current()!;
    expect(second.pid).not.toBe(first.pid);
    expect(second.brokers).toBe(first.brokers);
    expect(await isKafkaReachable(second.brokers)).toBe(true);
  }, 150_000);
});
