import { BadRequestException, Catch, ConflictException, NotFoundException, type ArgumentsHost, type HttpException } from '@nestjs/common';
import { RuleViolation } from '#domain';
import { ProblemDetailsFilter } from './problem-details.filter.js';

const asHttp = (violation: RuleViolation): HttpException => {
  switch (violation.status) {
    case 404:
      return new NotFoundException(violation.message);
    case 409:
      return new ConflictException(violation.message);
    default:
      return new BadRequestException(violation.message);
  }
};

/** A use case refused the command: the caller gets the rule's own message with its 4xx (a problem document), whichever use case it was. */
@Catch(RuleViolation)
export class RuleViolationFilter extends ProblemDetailsFilter {
  override catch(violation: RuleViolation, host: ArgumentsHost): void {
    super.catch(asHttp(violation), host);
  }
}
