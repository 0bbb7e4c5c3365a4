import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { screenInput, type FieldProblem } from './input-screening.js';

export type { FieldProblem } from './input-screening.js';

const describe = (errors: ValidationError[], parent = ''): FieldProblem[] =>
  errors.flatMap((error) => {
    const field =
      parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...describe(error.children ?? [], field)];
  });

const refuse = (problems: FieldProblem[]): BadRequestException =>
  new BadRequestException({ message: problems.map(({ field, problem }) => `${field}: ${problem}`).join('; '), problems });

/** Screens what class-transformer and class-validator cannot take safely (input-screening.ts) before they see it. */
class ScreeningValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const problems = screenInput(value, metadata.data ?? '');
      if (problems.length > 0) throw refuse(problems);
    }
    return super.transform(value, metadata);
  }
}

/**
 * Every request body and query is validated against its DTO; unknown fields are refused, and the
 * 400 names each field with what is wrong, e.g. `results[0].achieved: achieved must not be less than 0`.
 */
export const createRequestValidationPipe = (): ValidationPipe =>
  new ScreeningValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => refuse(describe(errors)),
  });
