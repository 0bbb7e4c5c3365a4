import { Conflict, NotFound, RuleViolation } from '#domain';
import type { ApplicationDecision } from '../../domain/application-decision.js';

/** The decision budgeting answers about, checked against what applications decided; a mismatch is permanent. */
export const answeredDecision = (
  decision: ApplicationDecision | undefined,
  reply: { decisionId: string; applicationId: string; revision: number },
  answer: 'committed' | 'refused',
): ApplicationDecision | 'already-applied' => {
  if (!decision) throw new NotFound(`decisionId: decision ${reply.decisionId} does not exist`);
  if (decision.applicationId !== reply.applicationId || decision.revision !== reply.revision)
    throw new RuleViolation(
      `decision ${reply.decisionId} is revision ${decision.revision} of application ${decision.applicationId}, ` +
        `not revision ${reply.revision} of ${reply.applicationId}`,
    );
  if (decision.status === answer) return 'already-applied';
  if (decision.status !== 'pending')
    throw new Conflict(`decision ${decision.id} was ${decision.status} already; budgeting cannot have ${answer} it as well`);
  return decision;
};
