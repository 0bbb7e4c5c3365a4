import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import type { SubmittedStimulus } from '../../domain/allocation.js';
import { CallIntakeRepository } from '../../infrastructure/call-intake.repository.js';
import { AllocationProposer } from '../propose-allocation/allocation-proposer.js';
import type { RecordSubmissionCommand } from './record-submission.command.js';

/**
 * Keeps a submitted application for its call's allocation proposal; if the call has closed already and this was
 * the last submission it listed, the proposal is made now, in the same unit of work.
 */
@Injectable()
export class RecordSubmissionHandler {
  private readonly logger = new Logger(RecordSubmissionHandler.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly intake: CallIntakeRepository,
    private readonly proposer: AllocationProposer,
  ) {}

  execute({ submission }: RecordSubmissionCommand): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      await this.intake.lockCall(submission.callId);
      if (await this.intake.hasSubmission(submission.applicationId)) {
        this.logger.log(`application ${submission.applicationId} is recorded already; this delivery changes nothing`);
        return false;
      }
      const stimuli: SubmittedStimulus[] = [
        ...submission.stimuli.mentorships.map(({ actionNumber }) => ({ kind: 'mentorship' as const, actionNumber, partnerCode: null })),
        ...(submission.stimuli.cooperation
          ? [{ kind: 'cooperation' as const, actionNumber: null, partnerCode: submission.stimuli.cooperation.partnerCode }]
          : []),
      ];
      await this.intake.saveSubmission({
        applicationId: submission.applicationId,
        callId: submission.callId,
        projectYear: submission.projectYear,
        governmentCode: submission.governmentCode,
        submittedAt: new Date(submission.submittedAt),
        lines: submission.lines.map(({ indicatorCode, priority, additionalReach, eurPerKpi }) => ({
          indicatorCode,
          priority,
          additionalReach,
          eurPerKpi,
        })),
        stimuli,
        requestedCents: submission.requestedCents,
      });
      await this.proposer.proposeIfComplete(submission.callId);
      return true;
    });
  }
}
