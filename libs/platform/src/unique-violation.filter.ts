import { Catch, ConflictException, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemDetailsFilter } from './problem-details.filter.js';

/** PostgreSQL's SQLSTATE for a unique constraint violation. */
const UNIQUE_VIOLATION = '23505';

const constraintOf = (error: QueryFailedError): string | undefined => {
  const driverError: unknown = error.driverError;
  if (typeof driverError !== 'object' || driverError === null) return undefined;
  const { code, constraint } = driverError as { code?: unknown; constraint?: unknown };
  return code === UNIQUE_VIOLATION && typeof constraint === 'string' ? constraint : undefined;
};

/**
 * Two requests racing to create the same thing: the use case checked first, but only the database's
 * unique constraint decides between them. The loser gets 409 naming the rule, never a 500.
 */
@Catch(QueryFailedError)
export class UniqueViolationFilter extends ProblemDetailsFilter {
  override catch(exception: QueryFailedError, host: ArgumentsHost): void {
    const constraint = constraintOf(exception);
    if (constraint === undefined) return super.catch(exception, host);
    super.catch(
      new ConflictException(
        `this conflicts with an existing record (${constraint}); it may have been created by a request at the same moment`,
      ),
      host,
    );
  }
}
