import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { asyncApiDocument, asyncApiYaml } from './event-docs/asyncapi-document.js';
import { eventDocsInput } from './event-docs/event-docs-model.js';
import { eventsMarkdown } from './event-docs/events-markdown.js';
import { publishedEventsBroken, type EventsDocument } from './event-docs/schema-compatibility.js';

/** Runs compiled from dist/scripts, so the repository root is two levels up. */
const docs = (name: string): string => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));

const input = eventDocsInput();
const asyncApiPath = docs('asyncapi.yaml');
const markdownPath = docs('events.md');
// The committed document is the record of what was published: a version in it may not change incompatibly.
if (existsSync(asyncApiPath)) {
  const broken = publishedEventsBroken(
    parse(await readFile(asyncApiPath, 'utf8')) as EventsDocument,
    asyncApiDocument(input) as EventsDocument,
  );
  if (broken.length > 0) {
    console.error(
      'not written: these changes break published event versions; publish the change as a new version instead:\n' +
        broken.map((problem) => `  ${problem}`).join('\n'),
    );
    process.exit(1);
  }
}
await writeFile(asyncApiPath, asyncApiYaml(input));
await writeFile(markdownPath, eventsMarkdown(input));
console.log(`wrote ${asyncApiPath} and ${markdownPath} (${input.events.length} events)`);
