import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { asyncApiYaml } from './asyncapi-document.js';
import { eventDocsInput } from './event-docs-model.js';
import { eventsMarkdown } from './events-markdown.js';

/** Compiled into dist/scripts/event-docs, so the repository root is three levels up. */
const committed = (name: string): Promise<string> => readFile(fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url)), 'utf8');

describe('the committed event documents', () => {
  it('are what the contracts generate today (run `npm run docs:events` after changing an event)', async () => {
    const input = eventDocsInput();
    expect(await committed('asyncapi.yaml')).toBe(asyncApiYaml(input));
    expect(await committed('events.md')).toBe(eventsMarkdown(input));
  });
});
