import { readFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

/** The services whose OpenAPI documents (docs/openapi/<service>.yaml) the back office's typed clients are made from. */
export const WEB_CLIENT_SERVICES = ['applications', 'budgeting', 'reporting', 'mentorships', 'notifications'] as const;

export const generatedClientDir = (root: string): string => path.join(root, 'apps', 'web', 'client', 'src', 'api', 'generated');

/** The TypeScript types of one service's API, as openapi-typescript makes them from its checked-in document. */
export const generateClientTypes = async (root: string, service: string): Promise<string> => {
  const document = await readFile(path.join(root, 'docs', 'openapi', `${service}.yaml`), 'utf8');
  const ast = await openapiTS(document, { alphabetize: true });
  return `// Generated from docs/openapi/${service}.yaml by \`npm run web:client\`; do not edit.\n${astToString(ast)}`;
};
