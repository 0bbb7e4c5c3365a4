import { Injectable, Logger } from '@nestjs/common';
import demoData from '../../infrastructure/demo-data.json' with { type: 'json' };
import { DecisionRepository } from '../../infrastructure/decision.repository.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { DecideApplicationHandler } from '../decide-application/decide-application.handler.js';
import { RegisterGovernmentHandler } from '../register-government/register-government.handler.js';

/** Registers a few demo governments and their year-1 decisions through the real use cases; safe to run at every start. */
@Injectable()
export class SeedDemoDataHandler {
  private readonly logger = new Logger(SeedDemoDataHandler.name);

  constructor(
    private readonly governments: LocalGovernmentRepository,
    private readonly decisions: DecisionRepository,
    private readonly registerGovernment: RegisterGovernmentHandler,
    private readonly decideApplication: DecideApplicationHandler,
  ) {}

  async execute(): Promise<void> {
    for (const government of demoData.governments) {
      if (await this.governments.exists(government.code)) continue;
      await this.registerGovernment.execute(government);
      this.logger.log(`demo government ${government.code} ${government.name} registered`);
    }
    for (const decision of demoData.decisions) {
      if (await this.decisions.exists(decision.governmentCode, decision.projectYear)) continue;
      await this.decideApplication.execute(decision);
      this.logger.log(`demo decision for ${decision.governmentCode}, project year ${decision.projectYear}`);
    }
  }
}
