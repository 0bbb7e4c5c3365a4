/**
 * The layer rules of DEVELOPERS.md, enforced in `npm run lint` (and so in CI):
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
      name: 'application-does-not-reach-interface',
      comment: 'Use cases do not know about controllers or consumers.',
      severity: 'error',
      from: { path: '^apps/[^/]+/src/application/' },
      to: { path: '^apps/[^/]+/src/interface/' },
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
