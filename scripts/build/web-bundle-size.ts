import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Vite's manifest entry of one source file. */
interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

/** The budget of issue 14: what the first page loads, gzipped. */
export const INITIAL_BUNDLE_BUDGET_BYTES = 300 * 1024;

/** The files the first page loads: the entry, the chunks it imports statically, and their CSS (lazy chunks left out). */
export const initialFiles = (manifest: Record<string, ManifestChunk>): string[] => {
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...files];
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // dist/scripts/build/web-bundle-size.js: the client is in dist/apps/web/client.
  const clientDir = fileURLToPath(new URL('../../apps/web/client/', import.meta.url));
  const manifest = JSON.parse(readFileSync(path.join(clientDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const sizes = initialFiles(manifest).map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(clientDir, file))).length }));
  const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
  const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
  process.stdout.write(
    `web front-end: initial bundle ${kB(total)} gzip (budget ${kB(INITIAL_BUNDLE_BUDGET_BYTES)}): ` +
      `${sizes.map(({ file, gzip }) => `${file} ${kB(gzip)}`).join(', ')}\n`,
  );
  if (total > INITIAL_BUNDLE_BUDGET_BYTES) {
    process.stderr.write('web front-end: the initial bundle is over its budget\n');
    process.exit(1);
  }
}
