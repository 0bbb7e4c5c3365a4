import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

export interface FieldProblem {
  field: string;
  problem: string;
}

const describe = (errors: ValidationError[], parent = ''): FieldProblem[] =>
  errors.flatMap((error) => {
    const field =
      parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...describe(error.children ?? [], field)];
  });

/**
 * Every request body and query is validated against its DTO; unknown fields are refused, and the
 * 400 names each field with what is wrong, e.g. `results[0].achieved: achieved must not be less than 0`.
 */
export const createRequestValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = describe(errors);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: problems.map(({ field, problem }) => `${field}: ${problem}`).join('; '),
        problems,
      });
    },
  });
