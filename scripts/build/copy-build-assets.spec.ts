import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TEMPLATES_DIR } from '../../apps/notifications/src/infrastructure/notice-templates.js';
import { copyBuildAssets } from './copy-build-assets.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('build assets', () => {
  it("copies notifications' templates to where the compiled service looks for them", () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'samenleven-dist-'));
    try {
      expect(copyBuildAssets(ROOT, dist)).toContain(path.join('apps', 'notifications', 'templates'));
      // The service finds its templates two folders up from its infrastructure folder, in the sources and in dist alike.
      const sourceModuleDir = path.join(ROOT, 'apps', 'notifications', 'src', 'infrastructure');
      expect(path.relative(sourceModuleDir, DEFAULT_TEMPLATES_DIR)).toBe(path.join('..', '..', 'templates'));
      const compiledTemplates = path.resolve(dist, 'apps', 'notifications', 'src', 'infrastructure', '..', '..', 'templates');
      expect(readdirSync(compiledTemplates).sort()).toEqual(readdirSync(DEFAULT_TEMPLATES_DIR).sort());
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('replaces an earlier copy whole', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'samenleven-root-'));
    try {
      mkdirSync(path.join(root, 'apps', 'notifications', 'templates'), { recursive: true });
      writeFileSync(path.join(root, 'apps', 'notifications', 'templates', 'lagging.txt.hbs'), 'nieuw');
      mkdirSync(path.join(root, 'dist', 'apps', 'notifications', 'templates'), { recursive: true });
      writeFileSync(path.join(root, 'dist', 'apps', 'notifications', 'templates', 'lagging.txt.hbs'), 'oud');
      writeFileSync(path.join(root, 'dist', 'apps', 'notifications', 'templates', 'verwijderd.txt.hbs'), 'oud');
      copyBuildAssets(root, path.join(root, 'dist'));
      expect(readdirSync(path.join(root, 'dist', 'apps', 'notifications', 'templates'))).toEqual(['lagging.txt.hbs']);
      expect(readFileSync(path.join(root, 'dist', 'apps', 'notifications', 'templates', 'lagging.txt.hbs'), 'utf8')).toBe('nieuw');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
