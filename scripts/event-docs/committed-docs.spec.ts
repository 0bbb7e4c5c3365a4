import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../infra/local-paths.js';
import { asyncApiYaml } from './asyncapi-document.js';
import { eventDocsInput } from './event-docs-model.js';
import { eventsMarkdown } from './events-markdown.js';

const committed = (name: string): Promise<string> => readFile(path.join(repoRoot(), 'docs', name), 'utf8');

describe('the committed event documents', () => {
  it('are what the contracts generate today (run `npm run docs:events` after changing an event)', async () => {
    const input = eventDocsInput();
    expect(await committed('asyncapi.yaml')).toBe(asyncApiYaml(input));
    expect(await committed('events.md')).toBe(eventsMarkdown(input));
  });
});
