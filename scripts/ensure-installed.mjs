// Installs dependencies when node_modules is missing or was installed from another lock file, so `npm start`
// and `npm test` work on a fresh clone. Plain JavaScript for any Node: on a fresh clone it runs on
// the system's Node, before the pinned one (the `node` dev dependency) is installed. From then on
// npm puts the pinned Node first on the PATH of every script; the `hash -r` after this step in
// package.json makes the shell forget where it found `node` the first time.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
// The lock file's content, not its time: a fresh checkout or worktree gives the lock file a new time.
const installedFrom = 'node_modules/.samenleven-lock-sha256';

if (existsSync('node_modules') && lstatSync('node_modules').isSymbolicLink()) {
  // Another checkout's dependencies (a git worktree sharing them): `npm ci` here would empty that checkout's tree.
  if (!existsSync(installedFrom) || readFileSync(installedFrom, 'utf8') !== lockHash)
    console.log('node_modules is a link to another checkout; not installing (run npm ci there if its lock file differs)');
} else {
  const marker = 'node_modules/.package-lock.json';
  const recorded = existsSync(installedFrom) ? readFileSync(installedFrom, 'utf8') : null;
  // Installed before this check recorded hashes: trusted when npm's own record is newer than the lock file.
  const current =
    recorded === lockHash || (recorded === null && existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs);
  if (!current) {
    console.log('installing dependencies (npm ci)...');
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  }
  if (recorded !== lockHash) writeFileSync(installedFrom, lockHash);
}
