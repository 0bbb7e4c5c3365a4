import { Injectable, Logger } from '@nestjs/common';
import demoData from '../../infrastructure/demo-data.json' with { type: 'json' };
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { RegisterGovernmentHandler } from '../register-government/register-government.handler.js';

/**
 * Registers a few demo governments through the real use case; safe to run at every start. Decisions are no
 * longer seeded: they follow from a call, its applications and budgeting's proposal (see the README's walk-through).
 */
@Injectable()
export class SeedDemoDataHandler {
  private readonly logger = new Logger(SeedDemoDataHandler.name);

  constructor(
    private readonly governments: LocalGovernmentRepository,
    private readonly registerGovernment: RegisterGovernmentHandler,
  ) {}

  async execute(): Promise<void> {
    for (const government of demoData.governments) {
      if (await this.governments.exists(government.code)) continue;
      await this.registerGovernment.execute(government);
      this.logger.log(`demo government ${government.code} ${government.name} registered`);
    }
  }
}
