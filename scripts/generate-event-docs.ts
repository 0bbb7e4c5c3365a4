import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { asyncApiYaml } from './event-docs/asyncapi-document.js';
import { eventDocsInput } from './event-docs/event-docs-model.js';
import { eventsMarkdown } from './event-docs/events-markdown.js';

/** Runs compiled from dist/scripts, so the repository root is two levels up. */
const docs = (name: string): string => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));

const input = eventDocsInput();
const asyncApiPath = docs('asyncapi.yaml');
const markdownPath = docs('events.md');
await writeFile(asyncApiPath, asyncApiYaml(input));
await writeFile(markdownPath, eventsMarkdown(input));
console.log(`wrote ${asyncApiPath} and ${markdownPath} (${input.events.length} events)`);
