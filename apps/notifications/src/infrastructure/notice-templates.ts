import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTICE_KINDS } from '../domain/notice-kinds.js';
import { TEMPLATE_PARTS, templateFileName, TemplateError, type TemplateSources } from '../domain/notice-rendering.js';

/**
 * apps/notifications/templates, found from this file both in the sources (apps/notifications/src/infrastructure)
 * and in the build (dist/apps/notifications/src/infrastructure: `npm run build` copies the folder to
 * dist/apps/notifications/templates, which the service image contains).
 */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Reads every template of every kind; names each missing file. */
export const readTemplateSources = (directory: string): TemplateSources => {
  const missing = NOTICE_KINDS.flatMap((kind) => TEMPLATE_PARTS.map((part) => templateFileName(kind, part))).filter(
    (file) => !existsSync(path.join(directory, file)),
  );
  if (missing.length > 0) throw new TemplateError(`templates missing in ${directory}: ${missing.join(', ')}`);
  return Object.fromEntries(
    NOTICE_KINDS.map((kind) => [
      kind,
      Object.fromEntries(TEMPLATE_PARTS.map((part) => [part, readFileSync(path.join(directory, templateFileName(kind, part)), 'utf8')])),
    ]),
  ) as TemplateSources;
};
