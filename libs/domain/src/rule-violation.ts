/**
 * A business rule that a command or an event breaks. It is the caller's to fix and retrying never
 * helps: over HTTP it is answered with a 4xx naming the rule, from Kafka it is dead-lettered at once.
 * The message names the field or rule first, e.g. `periodCode: 2023-Q5 is not a reporting period`.
 */
export class RuleViolation extends Error {
  override readonly name: string = 'RuleViolation';
  /** The HTTP status a caller gets: 400 for a broken rule; subclasses narrow it. */
  readonly status: 400 | 404 | 409 = 400;

  /**
   * @param problems every broken rule at once, each naming its field as a JSON path (`lines[2].priority`);
   *   the message then joins them, so a caller reading only the message still sees them all.
   */
  constructor(
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }

  /** One violation listing several problems, e.g. everything wrong with a submission. */
  static of(problems: readonly FieldProblem[]): RuleViolation {
    return new RuleViolation(problems.map(({ field, problem }) => `${field}: ${problem}`).join('; '), problems);
  }

  /** A broken rule of one field: the message names it first, and `problems` lists it as a 400 of the validation pipe would. */
  static at(field: string, problem: string): RuleViolation {
    return RuleViolation.of([{ field, problem }]);
  }
}

/** A problem with one field of a request, as the problem document's `problems` lists it. */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** The command refers to something that does not exist (HTTP 404). */
export class NotFound extends RuleViolation {
  override readonly name = 'NotFound';
  override readonly status = 404;
}

/** The command conflicts with what already exists, e.g. a second decision on the same application (HTTP 409). */
export class Conflict extends RuleViolation {
  override readonly name = 'Conflict';
  override readonly status = 409;
}
