import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import { UnitOfWork } from '#persistence';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { DecisionRecorder, type RecordedDecision } from './decision-recorder.js';
import type { RecordDecisionCommand } from './record-decision.command.js';

/**
 * ABB decides one application line by line (approve, approve fewer, reject, award less with a reason) and every
 * requested stimulus. Deciding the same application at once twice: the second waits for the first and gets a 409.
 */
@Injectable()
export class RecordDecisionHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly applications: ApplicationRepository,
    private readonly recorder: DecisionRecorder,
  ) {}

  execute({ applicationId, lines, stimuli, decidedBy }: RecordDecisionCommand): Promise<RecordedDecision> {
    return this.unitOfWork.run(async () => {
      await this.applications.lock(applicationId);
      const application = await this.applications.find(applicationId);
      if (!application) throw new NotFound(`application ${applicationId} does not exist`);
      return this.recorder.write(await this.recorder.prepare(application, { lines, stimuli }, decidedBy));
    });
  }
}
