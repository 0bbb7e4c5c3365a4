// Installs dependencies when node_modules is missing or older than the lock file, so `npm start`
// and `npm test` work on a fresh clone. Plain JavaScript for any Node: on a fresh clone it runs on
// the system's Node, before the pinned one (the `node` dev dependency) is installed. From then on
// npm puts the pinned Node first on the PATH of every script; the `hash -r` after this step in
// package.json makes the shell forget where it found `node` the first time.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('installing dependencies (npm ci)...');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
