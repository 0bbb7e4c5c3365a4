import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Playwright's global setup: starts browser-stack.ts and waits for its URLs; the function it returns is the teardown. */
// Playwright's globalSetup contract is a default export.
// eslint-disable-next-line no-restricted-syntax
export default async function browserSetup(): Promise<() => Promise<void>> {
  const stack = spawn(process.execPath, ['--import', './scripts/run-from-source/register.mjs', 'test/browser/browser-stack.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => stack.once('exit', resolve));
  const ready = await new Promise<{ webUrl: string; mailDir: string }>((resolve, reject) => {
    const lines = createInterface({ input: stack.stdout });
    lines.on('line', (line) => {
      if (!line.startsWith('{"ready"')) return void process.stdout.write(`${line}\n`);
      resolve(JSON.parse(line) as { webUrl: string; mailDir: string });
    });
    void exited.then((code) => reject(new Error(`the browser test stack exited with ${code} before it was ready`)));
  });
  process.env.WEB_URL = ready.webUrl;
  // The mail sink's folder of .eml files, for tests that check what a government was sent.
  process.env.MAIL_DIR = ready.mailDir;
  return async () => {
    stack.kill('SIGTERM');
    await exited;
  };
}
