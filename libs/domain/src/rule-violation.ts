/** One thing wrong with a command, named by its field as the caller sent it (e.g. `lines[2].amountCents`). */
export interface RuleProblem {
  field: string;
  problem: string;
}

/**
 * A business rule that a command or an event breaks. It is the caller's to fix and retrying never
 * helps: over HTTP it is answered with a 4xx naming the rule, from Kafka it is dead-lettered at once.
 * The message names the field or rule first, e.g. `periodCode: 2023-Q5 is not a reporting period`.
 * Where a command breaks several rules at once, `problems` lists each of them (see `RuleViolation.of`).
 */
export class RuleViolation extends Error {
  override readonly name: string = 'RuleViolation';
  /** The HTTP status a caller gets: 400 for a broken rule; subclasses narrow it. */
  readonly status: 400 | 404 | 409 = 400;

  constructor(
    message: string,
    readonly problems: readonly RuleProblem[] = [],
  ) {
    super(message);
  }

  /** Every problem at once, so the caller can fix them all in one go; the message lists them in order. */
  static of(problems: readonly RuleProblem[]): RuleViolation {
    return new RuleViolation(problems.map(({ field, problem }) => `${field}: ${problem}`).join('; '), problems);
  }
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
