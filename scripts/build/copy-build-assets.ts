import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What tsc does not emit but a service reads at run time: each app's `templates/` folder (notifications' message
 * templates), copied to the same place under dist/, where the compiled code looks for it (and so into the image).
 * Run by `npm run build` after tsc.
 */
export const ASSET_FOLDERS = ['templates'] as const;

/** Copies every apps/<app>/<asset folder> under `root` to `dist`/apps/<app>/<asset folder>; returns what it copied. */
export const copyBuildAssets = (root: string, dist: string): string[] => {
  const copied: string[] = [];
  for (const app of readdirSync(path.join(root, 'apps'), { withFileTypes: true }))
    for (const folder of ASSET_FOLDERS) {
      const source = path.join(root, 'apps', app.name, folder);
      if (!app.isDirectory() || !existsSync(source)) continue;
      const target = path.join(dist, 'apps', app.name, folder);
      // Replaced whole, so a template deleted from the sources is gone from the build too.
      rmSync(target, { recursive: true, force: true });
      cpSync(source, target, { recursive: true });
      copied.push(path.relative(root, source));
    }
  return copied;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // dist/scripts/build/copy-build-assets.js: the repository is three folders up.
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const copied = copyBuildAssets(root, path.join(root, 'dist'));
  if (copied.length === 0) throw new Error('no build assets found: is this the repository?');
}
