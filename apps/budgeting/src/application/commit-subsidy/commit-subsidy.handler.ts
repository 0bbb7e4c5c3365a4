import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { findProjectYear, findSubsidisedIndicator } from '#catalogue';
import { subsidyCommittedV1 } from '#contracts';
import { OutboxWriter, PermanentEventError } from '#messaging';
import { CommitmentRuleViolation, priceCommitment, type SubsidyCommitment } from '../../domain/commitment.js';
import { commitmentPostings } from '../../domain/ledger.js';
import { CommitmentLineEntity } from '../../infrastructure/commitment-line.entity.js';
import { CommitmentEntity } from '../../infrastructure/commitment.entity.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import type { CommitSubsidyCommand } from './commit-subsidy.command.js';

/**
 * A decided application commits budget: each line is priced from the catalogue, the commitment and
 * its balanced ledger booking are stored, and subsidy-committed is announced, all in the consumer's
 * transaction. One commitment per application: a decision seen again (e.g. replayed with a new event
 * id) changes nothing. Whether the year's budget suffices is not checked here: allocating within the
 * programme budget is a later issue, so GET /budget shows what remains, which may go negative.
 */
@Injectable()
export class CommitSubsidyHandler {
  private readonly logger = new Logger(CommitSubsidyHandler.name);

  constructor(
    private readonly ledger: LedgerRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(manager: EntityManager, { causeEventId, decision }: CommitSubsidyCommand): Promise<boolean> {
    if (!findProjectYear(decision.projectYear)) throw new PermanentEventError(`application ${decision.applicationId}: ${decision.projectYear} is not a project year of Plan Samenleven`);
    const commitment = this.price(decision);
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`commitment:${decision.applicationId}`]);
    const commitments = manager.getRepository(CommitmentEntity);
    if (await commitments.existsBy({ applicationId: decision.applicationId })) {
      this.logger.log(`application ${decision.applicationId} already has a commitment; decision ${causeEventId} changes nothing`);
      return false;
    }
    await commitments.insert({
      applicationId: decision.applicationId,
      governmentCode: decision.governmentCode,
      projectYear: decision.projectYear,
      amountEur: commitment.amountEur,
      causeEventId,
      committedAt: new Date(),
    });
    await manager.getRepository(CommitmentLineEntity).insert(commitment.lines.map((line) => ({ applicationId: decision.applicationId, ...line })));
    await this.ledger.book(manager, {
      projectYear: decision.projectYear,
      kind: 'commitment',
      applicationId: decision.applicationId,
      description: `commitment for application ${decision.applicationId} of ${decision.governmentCode}, project year ${decision.projectYear}`,
      postings: commitmentPostings(decision.projectYear, decision.governmentCode, commitment.amountEur),
    });
    await this.outbox.append(manager, subsidyCommittedV1, {
      key: decision.governmentCode,
      payload: {
        applicationId: decision.applicationId,
        governmentCode: decision.governmentCode,
        projectYear: decision.projectYear,
        amountEur: commitment.amountEur,
        lines: commitment.lines.map(({ indicatorCode, approvedAdditionalReach, eurPerKpi, amountEur }) => ({ indicatorCode, approvedAdditionalReach, eurPerKpi, amountEur })),
      },
    });
    return true;
  }

  private price({ applicationId, projectYear, targets }: CommitSubsidyCommand['decision']): SubsidyCommitment {
    try {
      return priceCommitment(targets, (code) => findSubsidisedIndicator(code, projectYear));
    } catch (error) {
      if (error instanceof CommitmentRuleViolation) throw new PermanentEventError(`application ${applicationId}: ${error.message}`);
      throw error;
    }
  }
}
