// Makes sure Debian's Chromium is there for the browser tests (`npm run test:browser`), as the project's own step:
// installed with apt-get when missing and we may (root, apt-get present); otherwise a sentence saying what to do.
// Playwright never downloads a browser of its own here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(`the browser tests need Chromium at ${chromium}: apt-get install chromium (or set CHROMIUM_PATH)`);
    process.exit(1);
  }
  console.log('installing Chromium for the browser tests (apt-get install chromium)...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}
