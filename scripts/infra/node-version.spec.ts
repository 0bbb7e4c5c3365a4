import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './local-paths.js';

const read = (file: string): string => readFileSync(path.join(repoRoot(), file), 'utf8');

describe('one Node version everywhere', () => {
  const pinned = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies.node;

  it('runs the npm scripts (and so these tests) on the Node of the `node` dev dependency', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(process.versions.node).toBe(pinned);
  });

  it('builds the images on the same Node', () => {
    const image = /^ARG NODE_IMAGE=node:(\S+)-bookworm-slim$/m.exec(read('Dockerfile'))?.[1];
    expect(image).toBe(pinned);
  });
});
