// How swc compiles the TypeScript sources when they run without a build: for Jest (@swc/jest) and for
// Node processes started with register.mjs. It matches tsconfig.json where the output differs:
// NestJS dependency injection needs legacy decorators with their design-type metadata.
export const swcOptions = {
  swcrc: false,
  sourceMaps: 'inline',
  module: { type: 'es6' },
  jsc: {
    target: 'es2023',
    keepClassNames: true,
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    // The catalogue and the demo data are imported `with { type: 'json' }`; Node requires the attribute.
    experimental: { keepImportAttributes: true, emitAssertForImportAttributes: false },
  },
};
