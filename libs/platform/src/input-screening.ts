/** One invalid field of a request, named as the caller wrote it, e.g. `results[0].achieved`. */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** The largest JSON body any endpoint accepts; a larger one is a 413. */
export const MAX_BODY_BYTES = 100 * 1024;

/** The deepest nesting of arrays and objects any endpoint accepts (its DTOs need four); deeper is a 400. */
export const MAX_JSON_DEPTH = 32;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * How deeply the raw JSON text nests, counted without parsing (brackets inside strings do not count),
 * so a hostile body is refused before anything recursive (class-transformer, class-validator) sees it.
 */
export const jsonNestingDepth = (text: Uint8Array): number => {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const byte = text[index];
    if (inString) {
      if (byte === BACKSLASH) index++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) deepest = Math.max(deepest, ++depth);
    else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth--;
  }
  return deepest;
};

/** A lone surrogate (in Unicode mode a proper pair reads as one code point, never as Cs). */
const LONE_SURROGATE = /\p{Cs}/u;
const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

const fieldPath = (parent: string, key: string, inArray: boolean): string =>
  inArray ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;

/**
 * What the DTO validation cannot see safely, with the field named as the validation pipe names it:
 * keys that are Object.prototype members (class-transformer would read or, for __proto__, set the
 * prototype instead of refusing them as unknown), strings or keys that are not well-formed
 * Unicode (lone UTF-16 surrogates, on which validators throw) and strings PostgreSQL cannot store (U+0000).
 */
export const screenInput = (value: unknown, root = ''): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  // Iterative (a stack, children pushed last-first so problems come in document order), so no input can exhaust the stack here either.
  const pending: { value: unknown; path: string; key?: string }[] = [{ value, path: root }];
  while (pending.length > 0) {
    const { value: current, path, key } = pending.pop()!;
    if (key !== undefined && !isWellFormed(key)) {
      problems.push({
        field: path.replace(/\p{Cs}/gu, '\uFFFD'),
        problem: 'field names must be well-formed Unicode (no lone UTF-16 surrogates)',
      });
      continue;
    }
    if (key !== undefined && key in Object.prototype) {
      // The unknown-field wording of the validation pipe (forbidNonWhitelisted).
      problems.push({ field: path, problem: `property ${key} should not exist` });
      continue;
    }
    if (typeof current === 'string') {
      if (!isWellFormed(current))
        problems.push({ field: path, problem: 'the text must be well-formed Unicode (no lone UTF-16 surrogates)' });
      // PostgreSQL text cannot hold U+0000: storing it would fail with a 500.
      else if (current.includes('\u0000')) problems.push({ field: path, problem: 'the text must not contain the NUL character (U+0000)' });
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    const inArray = Array.isArray(current);
    const entries = Object.entries(current);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [name, child] = entries[index]!;
      pending.push({ value: child as unknown, path: fieldPath(path, name, inArray), key: inArray ? undefined : name });
    }
  }
  return problems;
};
