import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './infra/local-paths.js';
import { openApiDocuments } from './openapi/openapi-documents.js';

const directory = path.join(repoRoot(), 'docs', 'openapi');
await mkdir(directory, { recursive: true });
for (const [service, yaml] of await openApiDocuments()) await writeFile(path.join(directory, `${service}.yaml`), yaml);
process.stdout.write(`wrote ${path.relative(repoRoot(), directory)}/<service>.yaml for every service\n`);
