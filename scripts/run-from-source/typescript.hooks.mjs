// Node module hooks that run the TypeScript sources without a build: the '#lib' imports resolve under
// the 'source' condition (package.json#imports), a relative '.js' import from a .ts file finds that .ts
// file, and .ts/.mts files are compiled by swc with the options Jest uses.
import { existsSync, readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';
import { swcOptions } from './swc-options.mjs';

const isTypeScript = (url) => url.startsWith('file:') && /\.m?ts$/.test(url);

// Synchronous, so the same functions serve module.registerHooks (in-thread) and module.register (off-thread).
export function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes('source') ? context.conditions : ['source', ...context.conditions];
  const { parentURL } = context;
  if (parentURL && isTypeScript(parentURL) && /^\.\.?\/.*\.js$/.test(specifier)) {
    const source = `${specifier.slice(0, -'.js'.length)}.ts`;
    if (existsSync(new URL(source, parentURL))) return nextResolve(source, { ...context, conditions });
  }
  return nextResolve(specifier, { ...context, conditions });
}

export function load(url, context, nextLoad) {
  if (!isTypeScript(url)) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  return { format: 'module', source: code, shortCircuit: true };
}

/** module.registerHooks where Node has it (22.15+); module.register, deprecated there, on older Node. */
export const registerTypeScriptHooks = () => {
  if (typeof nodeModule.registerHooks === 'function') nodeModule.registerHooks({ resolve, load });
  else nodeModule.register(import.meta.url);
};
