import { Injectable, Logger } from '@nestjs/common';
import { findProjectYear } from '#catalogue';
import { subsidyCommittedV1 } from '#contracts';
import { RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { commitmentOf } from '../../domain/commitment.js';
import { commitmentPostings } from '../../domain/ledger.js';
import { CommitmentRepository } from '../../infrastructure/commitment.repository.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import type { CommitSubsidyCommand } from './commit-subsidy.command.js';

/**
 * A decided application commits budget: the lines as the decision priced them, the commitment and its
 * balanced ledger booking are stored, and subsidy-committed is announced, in one unit of work. One
 * commitment per application: a decision seen again (e.g. replayed with a new event id) changes nothing.
 * Whether the year's budget suffices is not checked here: allocating within the programme budget is a
 * later issue, so GET /budget shows what remains, which may go negative.
 */
@Injectable()
export class CommitSubsidyHandler {
  private readonly logger = new Logger(CommitSubsidyHandler.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly commitments: CommitmentRepository,
    private readonly ledger: LedgerRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ causeEventId, decision }: CommitSubsidyCommand): Promise<boolean> {
    if (!findProjectYear(decision.projectYear))
      throw new RuleViolation(`application ${decision.applicationId}: ${decision.projectYear} is not a project year of Plan Samenleven`);
    const commitment = commitmentOf({
      amountEur: decision.amountEur,
      lines: decision.targets.map(({ indicatorCode, approvedAdditionalReach, subsidisedReach, eurPerKpi, amountEur }) => ({
        indicatorCode,
        approvedAdditionalReach,
        subsidisedReach,
        eurPerKpi,
        amountEur,
      })),
    });
    return this.unitOfWork.run(async () => {
      await this.commitments.lockCommitment(decision.applicationId);
      if (await this.commitments.exists(decision.applicationId)) {
        this.logger.log(`application ${decision.applicationId} already has a commitment; decision ${causeEventId} changes nothing`);
        return false;
      }
      await this.commitments.insert({
        applicationId: decision.applicationId,
        governmentCode: decision.governmentCode,
        projectYear: decision.projectYear,
        amountEur: commitment.amountEur,
        causeEventId,
        committedAt: new Date(),
        lines: commitment.lines,
      });
      await this.ledger.book({
        projectYear: decision.projectYear,
        kind: 'commitment',
        applicationId: decision.applicationId,
        description:
          `commitment for application ${decision.applicationId} of ${decision.governmentCode}, ` + `project year ${decision.projectYear}`,
        postings: commitmentPostings(decision.projectYear, decision.governmentCode, commitment.amountEur),
      });
      await this.outbox.append(subsidyCommittedV1, {
        key: decision.governmentCode,
        payload: {
          applicationId: decision.applicationId,
          governmentCode: decision.governmentCode,
          projectYear: decision.projectYear,
          amountEur: commitment.amountEur,
          lines: commitment.lines.map(({ indicatorCode, approvedAdditionalReach, eurPerKpi, amountEur }) => ({
            indicatorCode,
            approvedAdditionalReach,
            eurPerKpi,
            amountEur,
          })),
        },
      });
      return true;
    });
  }
}
