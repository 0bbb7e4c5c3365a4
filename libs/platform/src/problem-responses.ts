import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from './input-screening.js';
import { PROBLEM_CONTENT_TYPE, RETRY_AFTER_SECONDS } from './problem-details.filter.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; `message` repeats `detail` for clients of the earlier format.',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', example: 'about:blank' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'results[0].achieved: achieved must not be less than 0' },
    message: { type: 'string', example: 'results[0].achieved: achieved must not be less than 0' },
    problems: {
      type: 'array',
      description: 'each invalid field, named as in the request (400 only)',
      items: {
        type: 'object',
        required: ['field', 'problem'],
        properties: { field: { type: 'string', example: 'results[0].achieved' }, problem: { type: 'string' } },
      },
    },
  },
};

const problemResponse = (description: string): ResponseObject => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

const UNAVAILABLE: ResponseObject = {
  ...problemResponse('the database cannot be reached right now; nothing was changed'),
  headers: { 'Retry-After': { description: `seconds to wait, ${RETRY_AFTER_SECONDS}`, schema: { type: 'integer' } } },
};

/**
 * States in each service's OpenAPI document what ProblemDetailsFilter does for every route: every
 * 4xx and 5xx is a problem document, and an unreachable database is a 503 with Retry-After.
 * Responses an operation documents itself are left as they are.
 */
export const addProblemResponses = (document: OpenAPIObject): OpenAPIObject => {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA } };
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = path[method];
      if (operation === undefined) continue;
      operation.responses = {
        '4XX': problemResponse(
          `refused: 400 names each invalid field (also JSON nested over ${MAX_JSON_DEPTH} levels, field names of Object.prototype ` +
            `members, strings that are not well-formed Unicode), 413 a body over ${MAX_BODY_BYTES} bytes, 401/403 the token`,
        ),
        // The API routes (those that need a token) use the database; the operations routes do not.
        ...(operation.security?.length ? { '503': UNAVAILABLE } : {}),
        '5XX': problemResponse('an unexpected error; it is logged, and the problem document reveals nothing internal'),
        ...operation.responses,
      };
    }
  }
  return document;
};
