// Jest runs the compiled ESM output in dist/ (no transform): `npm run build` first.
const common = { testEnvironment: 'node', roots: ['<rootDir>/dist'], transform: {}, moduleFileExtensions: ['js', 'json'] };

export default {
  // A global option: Jest ignores it inside a project. Unit tests finish in milliseconds anyway.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.spec.js'] },
    {
      ...common,
      displayName: 'database',
      // Use cases on a real PostgreSQL with the real outbox; no broker, no HTTP.
      testMatch: ['**/*.db-spec.js'],
      globalSetup: '<rootDir>/dist/test/database-setup.js',
      globalTeardown: '<rootDir>/dist/test/global-teardown.js',
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.js', '**/*.e2e-spec.js'],
      // Starts a Kafka broker of its own and checks PostgreSQL once for the whole run.
      globalSetup: '<rootDir>/dist/test/global-setup.js',
      globalTeardown: '<rootDir>/dist/test/global-teardown.js',
    },
  ],
};
