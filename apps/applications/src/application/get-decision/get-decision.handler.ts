import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import { decisionInForce, decisionStatusView, type ApplicationDecision } from '../../domain/application-decision.js';
import { isVisibleTo } from '../../domain/application-visibility.js';
import type { DecidedLine, DecidedStimulus } from '../../domain/decision-review.js';
import { ApplicationDecisionRepository } from '../../infrastructure/application-decision.repository.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import type { GetDecisionQuery } from './get-decision.query.js';

export type DecisionStatusView = 'decision-pending' | 'decided' | 'refused-by-budget';

export interface DecisionAttemptView {
  decisionId: string;
  revision: number;
  amendmentId: string | null;
  status: DecisionStatusView;
  totalCents: number;
  refusalReason: string | null;
  decidedAt: string;
}

export interface DecisionView {
  applicationId: string;
  decisionId: string;
  status: DecisionStatusView;
  revision: number;
  amendmentId: string | null;
  catalogueVersion: string;
  lines: DecidedLine[];
  stimuli: DecidedStimulus[];
  linesCents: number;
  stimuliCents: number;
  totalCents: number;
  refusalReason: string | null;
  decidedAt: string;
  /** Every attempt, oldest first: refused ones, and amendment revisions pending or refused. */
  attempts: DecisionAttemptView[];
}

const attemptView = (decision: ApplicationDecision): DecisionAttemptView => ({
  decisionId: decision.id,
  revision: decision.revision,
  amendmentId: decision.amendmentId,
  status: decisionStatusView(decision.status),
  totalCents: decision.totalCents,
  refusalReason: decision.refusalReason,
  decidedAt: decision.decidedAt.toISOString(),
});

/** The decision in force on an application (see decisionInForce), with every attempt that led to it. */
@Injectable()
export class GetDecisionHandler {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly decisions: ApplicationDecisionRepository,
  ) {}

  async execute({ applicationId, governmentCodes }: GetDecisionQuery): Promise<DecisionView> {
    const application = await this.applications.find(applicationId);
    if (!application || !isVisibleTo(application, governmentCodes)) throw new NotFound(`application ${applicationId} does not exist`);
    const attempts = await this.decisions.listByApplication(applicationId);
    const current = decisionInForce(attempts);
    if (!current) throw new NotFound(`application ${applicationId} has no decision yet`);
    return {
      applicationId,
      decisionId: current.id,
      status: decisionStatusView(current.status),
      revision: current.revision,
      amendmentId: current.amendmentId,
      catalogueVersion: application.catalogueVersion,
      lines: current.lines,
      stimuli: current.stimuli,
      linesCents: current.linesCents,
      stimuliCents: current.stimuliCents,
      totalCents: current.totalCents,
      refusalReason: current.refusalReason,
      decidedAt: current.decidedAt.toISOString(),
      attempts: attempts.map(attemptView),
    };
  }
}
