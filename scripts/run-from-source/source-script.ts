import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../infra/local-paths.js';

/**
 * Node arguments that run a repository script from its TypeScript source, without a build:
 * `execFile(process.execPath, [...sourceScriptArgs('scripts/dlt.ts'), 'list', group])`.
 */
export const sourceScriptArgs = (script: string): string[] => [
  '--import',
  pathToFileURL(path.join(repoRoot(), 'scripts', 'run-from-source', 'register.mjs')).href,
  path.join(repoRoot(), script),
];
