// Jest runs the TypeScript sources, compiled file by file by swc (no build, no type check: `npm run typecheck`
// does that). Natively as ESM (NODE_OPTIONS=--experimental-vm-modules), so no jest.mock of modules.
import { swcOptions } from './scripts/run-from-source/swc-options.mjs';
import { registerTypeScriptHooks } from './scripts/run-from-source/typescript.hooks.mjs';

// globalSetup/globalTeardown run in this process, imported by Node itself: these hooks compile them.
registerTypeScriptHooks();

const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/scripts', '<rootDir>/test', '<rootDir>/bench'],
  extensionsToTreatAsEsm: ['.ts', '.mts'],
  moduleFileExtensions: ['ts', 'mts', 'js', 'mjs', 'json'],
  transform: { '^.+\\.m?ts$': ['@swc/jest', swcOptions] },
  // Relative imports name the compiled '.js' file (nodenext); here they find the '.ts' source.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // The '#lib' imports of package.json resolve to the sources under the 'source' condition.
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
};

export default {
  // A global option: Jest ignores it inside a project. Unit tests finish in milliseconds anyway.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'database',
      // Use cases on a real PostgreSQL with the real outbox; no broker, no HTTP.
      testMatch: ['**/*.db-spec.ts'],
      globalSetup: '<rootDir>/test/database-setup.mts',
      globalTeardown: '<rootDir>/test/global-teardown.mts',
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.ts', '**/*.e2e-spec.ts'],
      // Starts a Kafka broker of its own and checks PostgreSQL once for the whole run. Jest imports an .mts
      // file natively (a .ts one it would require() as CommonJS, which cannot follow the sources' imports).
      globalSetup: '<rootDir>/test/global-setup.mts',
      globalTeardown: '<rootDir>/test/global-teardown.mts',
    },
  ],
};
