/**
 * The layer rules of docs/architecture.md, enforced in `npm run lint` (and so in CI):
 * apps never import each other, libs never import apps, domain/ stays plain TypeScript.
 */
module.exports = {
  forbidden: [
    {
      name: 'apps-do-not-import-each-other',
      comment: 'Services talk only through Kafka; share code through libs/.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'apps-do-not-import-the-registry',
      comment: 'apps/service-registry.ts imports every app: only code outside the apps (scripts, tests) may use it.',
      severity: 'error',
      from: { path: '^apps/[^/]+/' },
      to: { path: '^apps/service-registry' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-is-plain-typescript',
      comment: 'Business rules in domain/ import neither Nest nor TypeORM (nor the database or Kafka clients).',
      severity: 'error',
      from: { path: '^apps/[^/]+/src/domain/' },
      to: { path: ['node_modules/(@nestjs|typeorm|pg|kafkajs)/', '^libs/(messaging|platform|auth|observability)/'] },
    },
    {
      name: 'domain-does-not-reach-outer-layers',
      severity: 'error',
      from: { path: '^apps/[^/]+/src/domain/' },
      to: { path: '^apps/[^/]+/src/(application|infrastructure|interface)/' },
    },
    {
      name: 'application-does-not-touch-the-database-directly',
      comment:
        'Use cases read and write through repositories in infrastructure/ and join the unit of work (#persistence); ' +
        'SQL and TypeORM live there.',
      severity: 'error',
      from: { path: '^apps/[^/]+/src/application/' },
      to: { path: 'node_modules/(typeorm|pg)/' },
    },
    {
      name: 'shared-domain-is-plain-typescript',
      comment: 'libs/domain holds what every domain/ folder may use, so it follows the same rule.',
      severity: 'error',
      from: { path: '^libs/domain/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['node_modules/', '^libs/(?!domain/)'] },
    },
    {
      name: 'application-does-not-reach-interface',
      comment: 'Use cases do not know about controllers or consumers.',
      severity: 'error',
      from: { path: '^apps/[^/]+/src/application/' },
      to: { path: '^apps/[^/]+/src/interface/' },
    },
    {
      name: 'runtime-code-uses-runtime-dependencies',
      comment: 'The service image installs only package.json#dependencies (npm ci --omit=dev); type-only imports vanish in the build.',
      severity: 'error',
      from: { path: '^(apps|libs)/[^/]+/src/', pathNot: ['^libs/testing/', '\\.spec\\.ts$'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'runtime-code-does-not-import-testing',
      comment: 'libs/testing (test helpers, the development issuer) is not in the service image.',
      severity: 'error',
      from: { path: '^(apps|libs)/[^/]+/src/', pathNot: ['^libs/testing/', '\\.spec\\.ts$'] },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.local)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // The '#lib' imports of package.json resolve to the sources under the 'source' condition, as in TypeScript and Jest.
    enhancedResolveOptions: { conditionNames: ['source', 'import', 'require', 'node', 'default'] },
  },
};
