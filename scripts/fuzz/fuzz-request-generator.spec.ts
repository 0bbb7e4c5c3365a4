import { describe, expect, it } from '@jest/globals';
import { sampleRequests, UNAUTHENTICATED_ROLES, ROLES, type OpenApiDocument, type ServiceDocument } from './fuzz-request-generator.js';

/** The shape of the services' documents: a write with a nested body, reads with query parameters. */
const document: OpenApiDocument = {
  paths: {
    '/reports': {
      post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/SubmitReportDto' } } } } },
    },
    '/figures': {
      get: {
        parameters: [
          { name: 'projectYear', in: 'query', required: true, schema: { type: 'number', example: 1 } },
          { name: 'governmentCode', in: 'query', required: false, schema: { type: 'string', example: '44021' } },
        ],
      },
    },
    '/health/live': { get: {} },
  },
  components: {
    schemas: {
      ReportLineDto: {
        type: 'object',
        properties: {
          indicatorCode: { type: 'string', example: 'A05' },
          achieved: { type: 'number', nullable: true, example: 600 },
          motivation: { type: 'string' },
        },
        required: ['indicatorCode', 'achieved'],
      },
      SubmitReportDto: {
        type: 'object',
        properties: {
          governmentCode: { type: 'string', example: '44021' },
          periodCode: { type: 'string', example: 'PJ1-INTERIM' },
          results: { type: 'array', items: { $ref: '#/components/schemas/ReportLineDto' } },
        },
        required: ['governmentCode', 'periodCode', 'results'],
      },
    },
  },
};
const documents: ServiceDocument[] = [{ service: 'reporting', document }];

type Json = Record<string, unknown>;
/** Reads `results[0].motivation` out of a parsed body; undefined when absent. */
const at = (value: unknown, field: string): unknown =>
  field
    .split(/\.|\[(\d+)\]/)
    .filter((segment) => segment !== undefined && segment !== '')
    .reduce<unknown>((current, segment) => (current as Json | undefined)?.[segment], value);

describe('fuzz request generator', () => {
  const requests = sampleRequests(documents, 42, 3000);

  it('gives the same requests for the same seed and others for another', () => {
    expect(sampleRequests(documents, 42, 50)).toEqual(requests.slice(0, 50));
    expect(sampleRequests(documents, 43, 50)).not.toEqual(requests.slice(0, 50));
  });

  it('covers every documented operation, undocumented routes and every role', () => {
    const operations = new Set(requests.map((request) => request.operation));
    for (const operation of ['POST /reports', 'GET /figures', 'GET /health/live']) expect(operations).toContain(operation);
    expect(requests.some((request) => request.variant === 'route:not-documented')).toBe(true);
    expect(new Set(requests.map((request) => request.role))).toEqual(new Set(ROLES));
  });

  it('sends a valid body only without a token the services accept: every other write is broken', () => {
    const writes = requests.filter((request) => request.writes && request.variant.startsWith('body:'));
    expect(writes.length).toBeGreaterThan(500);
    for (const request of writes) {
      if (request.variant === 'body:valid') expect(UNAUTHENTICATED_ROLES).toContain(request.role);
    }
    expect(new Set(writes.map((request) => request.variant)).size).toBe(16);
  });

  it('breaks the field it names: missing, of another type, null, or an unknown or prototype key', () => {
    const named = requests.filter((request) => request.variant.startsWith('body:') && request.expectedField !== undefined);
    for (const request of named) {
      const body = JSON.parse(request.body!) as Json;
      const field = request.expectedField!;
      switch (request.variant) {
        case 'body:missing-field':
          expect(at(body, field)).toBeUndefined();
          break;
        case 'body:null-field':
          expect(at(body, field)).toBeNull();
          expect(field).not.toMatch(/achieved|motivation/);
          break;
        case 'body:wrong-type': {
          const value = at(body, field);
          if (field.endsWith('achieved')) expect(typeof value).not.toBe('number');
          else if (field === 'results') expect(Array.isArray(value)).toBe(false);
          else if (/^results\[\d+\]$/.test(field)) expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(false);
          else expect(typeof value).not.toBe('string');
          break;
        }
        case 'body:nul-character':
          expect(at(body, field)).toEqual(expect.stringContaining('\u0000'));
          break;
        case 'body:lone-surrogate':
          expect(at(body, field)).toMatch(/\p{Cs}/u);
          break;
        case 'body:extra-field':
        case 'body:prototype-key':
          expect(Object.hasOwn((at(body, field.replace(/\.?[^.\]]+$/, '')) as object) ?? body, field.split('.').at(-1)!)).toBe(true);
          break;
      }
    }
    expect(new Set(named.map((request) => request.variant)).size).toBe(8);
  });

  it('sends bodies too deep, too large, or not JSON at all', () => {
    const of = (variant: string) => requests.filter((request) => request.variant === variant);
    for (const request of of('body:deep-nesting')) expect(request.body!.match(/\[/g)!.length).toBeGreaterThan(32);
    for (const request of of('body:huge-body')) expect(request.body!.length).toBeGreaterThan(100 * 1024);
    for (const request of of('body:broken-json')) expect(() => JSON.parse(request.body!)).toThrow();
    for (const request of of('body:wrong-content-type')) expect(request.headers['content-type']).not.toBe('application/json');
  });

  it('breaks queries: a required parameter missing, a number that is not one, unknown and prototype keys', () => {
    const figures = requests.filter((request) => request.operation === 'GET /figures');
    const variants = new Set(figures.map((request) => request.variant));
    for (const variant of [
      'valid',
      'missing-parameter',
      'wrong-type',
      'extra-parameter',
      'prototype-key',
      'hostile-text',
      'repeated',
      'bracketed',
    ])
      expect(variants).toContain(`query:${variant}`);
    for (const request of figures.filter((request) => request.variant === 'query:missing-parameter'))
      expect(new URL(request.url, 'http://x').searchParams.has('projectYear')).toBe(false);
    for (const request of figures.filter((request) => request.variant === 'query:prototype-key'))
      expect(request.url).toContain(`&${request.expectedField}=1`);
  });
});
