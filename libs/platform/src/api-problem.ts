import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem-details.filter.js';

/** A 4xx an operation answers, documented as the shared problem document (its schema is added by addProblemResponses). */
export const ApiProblem = (status: 400 | 403 | 404 | 409, description: string): MethodDecorator & ClassDecorator =>
  ApiResponse({ status, description, content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } } });
