// Node module hooks that run the TypeScript sources without a build: the '#lib' imports resolve under
// the 'source' condition (package.json#imports), a relative '.js' import from a .ts file finds that .ts
// file, and .ts/.mts files are compiled by swc with the options Jest uses.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';
import { swcOptions } from './swc-options.mjs';

const isTypeScript = (url) => url.startsWith('file:') && /\.m?ts$/.test(url);

export async function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes('source') ? context.conditions : ['source', ...context.conditions];
  if (context.parentURL && isTypeScript(context.parentURL) && /^\.\.?\//.test(specifier) && specifier.endsWith('.js')) {
    try {
      return await nextResolve(`${specifier.slice(0, -'.js'.length)}.ts`, { ...context, conditions });
    } catch {
      // Not a source file: a real .js file next to it, resolved below.
    }
  }
  return nextResolve(specifier, { ...context, conditions });
}

export async function load(url, context, nextLoad) {
  if (!isTypeScript(url)) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { code } = await transform(await readFile(filename, 'utf8'), { ...swcOptions, filename });
  return { format: 'module', source: code, shortCircuit: true };
}
