import { Injectable } from '@nestjs/common';
import { networkBehindOnSessionsV1 } from '#contracts';
import { programmeCatalogue } from '#catalogue';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { isBehindOnSessions, sessionsCheckMoment } from '../../domain/learning-session.js';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';
import { LearningSessionRepository } from '../../infrastructure/learning-session.repository.js';
import { MentorshipsSettings } from './mentorships-settings.js';

const BATCH = 100;

/**
 * Once the programme clock passes a project year's check moment (1 July for a year ending 30 September), checks every
 * network of that year once: fewer sessions (held or planned, not cancelled) than the minimum announces
 * network-behind-on-sessions, which tells the mentor and ABB. A network opened after the moment is settled without a
 * message (it had no time to plan). Each network is claimed with SKIP LOCKED and settled in the unit of work of its
 * event, so it is checked once with several instances and after a restart.
 */
@Injectable()
export class CheckMinimumSessionsHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly networks: LearningNetworkRepository,
    private readonly sessions: LearningSessionRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: ProgrammeClock,
    private readonly settings: MentorshipsSettings,
  ) {}

  /** Returns the networks found behind in this round. */
  async execute(): Promise<string[]> {
    const now = this.clock.now();
    const behind: string[] = [];
    for (const year of programmeCatalogue.projectYears) {
      const moment = sessionsCheckMoment(year.end);
      if (now.getTime() < moment.getTime()) continue;
      let claimed: number;
      do {
        claimed = await this.unitOfWork.run(async () => {
          const networks = await this.networks.claimUnchecked(year.year, BATCH);
          for (const network of networks) {
            const sessions = await this.sessions.countPlanned(network.id);
            const isBehind = network.openedAt.getTime() <= moment.getTime() && isBehindOnSessions(sessions, this.settings.minimumSessions);
            await this.networks.markSessionsChecked(network.id, now, isBehind);
            if (!isBehind) continue;
            await this.outbox.append(networkBehindOnSessionsV1, {
              key: network.id,
              payload: {
                networkId: network.id,
                mentorGovernmentCode: network.mentorCode,
                actionNumber: network.actionNumber,
                projectYear: network.projectYear,
                minimumSessions: this.settings.minimumSessions,
                sessions,
                checkedAt: moment.toISOString(),
                projectYearEnd: year.end,
              },
            });
            behind.push(network.id);
          }
          return networks.length;
        });
      } while (claimed === BATCH);
    }
    return behind;
  }
}
