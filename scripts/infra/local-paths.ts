import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found from this file rather than process.cwd(), so the scripts behave the
 * same from dist/ (npm start), from the sources (tests) and whatever directory they are started in.
 */
export const repoRoot = (): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
};

/** Everything local (jars, data, mail) lives in the git-ignored .local/ folder. */
export const localDir = (...segments: string[]): string => path.join(repoRoot(), '.local', ...segments);
