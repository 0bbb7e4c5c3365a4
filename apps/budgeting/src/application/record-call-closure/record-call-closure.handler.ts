import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { CallIntakeRepository } from '../../infrastructure/call-intake.repository.js';
import { AllocationProposer } from '../propose-allocation/allocation-proposer.js';
import type { RecordCallClosureCommand } from './record-call-closure.command.js';

/** A call closed: once every application it lists has arrived (now or later), budgeting proposes the allocation. */
@Injectable()
export class RecordCallClosureHandler {
  private readonly logger = new Logger(RecordCallClosureHandler.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly intake: CallIntakeRepository,
    private readonly proposer: AllocationProposer,
  ) {}

  execute({ closure }: RecordCallClosureCommand): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      await this.intake.lockCall(closure.callId);
      if (await this.intake.findClosed(closure.callId)) {
        this.logger.log(`call ${closure.callId} is closed already; this delivery changes nothing`);
        return false;
      }
      await this.intake.saveClosed({
        callId: closure.callId,
        projectYear: closure.projectYear,
        closedAt: new Date(closure.closedAt),
        submittedApplicationIds: [...new Set(closure.submittedApplicationIds)],
      });
      await this.proposer.proposeIfComplete(closure.callId);
      return true;
    });
  }
}
