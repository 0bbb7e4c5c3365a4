import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../infra/local-paths.js';
import { openApiDocuments } from './openapi-documents.js';

describe('the committed OpenAPI documents (docs/openapi/, linted by `npm run lint`)', () => {
  it('are what the services serve today (run `npm run docs:openapi` after changing an endpoint)', async () => {
    for (const [service, yaml] of await openApiDocuments())
      expect([service, await readFile(path.join(repoRoot(), 'docs', 'openapi', `${service}.yaml`), 'utf8')]).toEqual([service, yaml]);
  });

  it('give every operation a summary, an id and a success response', async () => {
    const missing: string[] = [];
    for (const [service, yaml] of await openApiDocuments()) {
      const document = (await import('yaml')).parse(yaml) as {
        paths: Record<string, Record<string, { summary?: string; operationId?: string; responses: Record<string, { content?: object }> }>>;
      };
      for (const [route, operations] of Object.entries(document.paths))
        for (const [method, operation] of Object.entries(operations)) {
          const success = Object.entries(operation.responses).find(([status]) => status.startsWith('2'));
          if (!operation.summary || !operation.operationId || !success) missing.push(`${service} ${method.toUpperCase()} ${route}`);
        }
    }
    expect(missing).toEqual([]);
  });
});
