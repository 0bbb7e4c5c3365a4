// `node --import ./scripts/run-from-source/register.mjs some-script.ts` runs a TypeScript entry point
// from the sources, as Jest does (the tests that start a script in a child process use it).
import { registerTypeScriptHooks } from './typescript.hooks.mjs';

registerTypeScriptHooks();
// swc inlines source maps: stack traces then point into the .ts files.
process.setSourceMapsEnabled(true);
