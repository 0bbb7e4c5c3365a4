import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../infra/local-paths.js';
import { generateClientTypes, generatedClientDir, WEB_CLIENT_SERVICES } from './web-client-sources.js';

/**
 * `npm run web:client`: the back office's API types, one file per service, from the OpenAPI documents. Run it after
 * `npm run docs:openapi`; a unit test fails while a checked-in file differs from what this makes.
 */
const root = repoRoot();
const dir = generatedClientDir(root);
await mkdir(dir, { recursive: true });
for (const service of WEB_CLIENT_SERVICES) {
  const file = path.join(dir, `${service}.ts`);
  await writeFile(file, await generateClientTypes(root, service));
  process.stdout.write(`${path.relative(root, file)}\n`);
}
