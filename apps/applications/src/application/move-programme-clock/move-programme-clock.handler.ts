import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { programmeClockMovedV1 } from '#contracts';
import { Conflict } from '#domain';
import { OutboxWriter } from '#messaging';
import { currentContext } from '#observability';
import { UnitOfWork } from '#persistence';
import { PlatformEnvironment, ProgrammeClock, ProgrammeClockSync } from '#platform';
import { clockMoveTarget } from '../../domain/programme-clock-move.js';
import type { MoveProgrammeClockCommand, ProgrammeClockMoved, ProgrammeClockView } from './move-programme-clock.command.js';

/**
 * Moves the platform's programme clock forward (development mode only): stores the move in this service's database,
 * audits it and announces programme-clock-moved, which every other service stores in its own. Applications is where
 * ABB moves it because it runs the programme's calendar (calls open and close on it).
 */
@Injectable()
export class MoveProgrammeClockHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: ProgrammeClock,
    private readonly sync: ProgrammeClockSync,
    private readonly environment: PlatformEnvironment,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  view(): ProgrammeClockView {
    return { now: this.clock.now().toISOString(), mode: this.environment.mode, movable: !this.environment.isProduction };
  }

  async execute(command: MoveProgrammeClockCommand): Promise<ProgrammeClockMoved> {
    if (this.environment.isProduction)
      throw new Conflict('mode: the programme clock cannot be moved in production mode (PLATFORM_MODE=production)');
    // Another instance may have stored a move this one's clock has not read yet.
    await this.sync.refresh();
    const moved = await this.unitOfWork.run(async () => {
      const realAt = new Date();
      const movedFrom = this.clock.now();
      const movedTo = clockMoveTarget(command, movedFrom);
      const movedBy = currentContext()?.actor?.subject ?? 'system';
      // A move committed meanwhile that went further wins: this one would take the clock back.
      if (!(await this.sync.store({ programmeAt: movedTo, realAt, movedBy })))
        throw new Conflict('to: the programme clock was moved further meanwhile; ask again');
      await this.audit.record({
        action: 'move-programme-clock',
        objectType: 'programme-clock',
        objectId: 'programme',
        before: { programmeTime: movedFrom },
        after: { programmeTime: movedTo },
      });
      await this.outbox.append(programmeClockMovedV1, {
        key: 'programme',
        payload: {
          clock: 'programme',
          movedFrom: movedFrom.toISOString(),
          movedTo: movedTo.toISOString(),
          realAt: realAt.toISOString(),
          movedBy,
        },
      });
      return { movedFrom: movedFrom.toISOString(), movedTo: movedTo.toISOString() };
    });
    await this.sync.refresh();
    return moved;
  }
}
