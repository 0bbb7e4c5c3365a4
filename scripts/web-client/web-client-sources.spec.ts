import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../infra/local-paths.js';
import { generateClientTypes, generatedClientDir, WEB_CLIENT_SERVICES } from './web-client-sources.js';

describe("the back office's generated API clients", () => {
  it.each(WEB_CLIENT_SERVICES.map((service) => [service]))(
    'match docs/openapi/%s.yaml (a changed API needs `npm run web:client`)',
    async (service) => {
      const root = repoRoot();
      const checkedIn = await readFile(path.join(generatedClientDir(root), `${service}.ts`), 'utf8');
      expect(checkedIn === (await generateClientTypes(root, service))).toBe(true);
    },
  );
});
