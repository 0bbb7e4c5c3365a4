import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { requireTransaction, UnitOfWork } from '#persistence';
import { ProgrammeClock, type ProgrammeClockMove } from './programme-clock.js';
import { ProgrammeClockStateEntity } from './programme-clock-state.entity.js';

/** How often an instance reads its database's clock row: a move another instance (or a consumer) stored reaches it within this. */
export const PROGRAMME_CLOCK_SYNC_MS = 1_000;

/**
 * Keeps this service's programme clock at the latest move its database holds. A move is stored (forward only) in the
 * unit of work that learns of it, and taken into the in-memory clock from the stored row: at start-up, before the
 * service does anything (so a restart keeps the moved date), and every second after (so every instance of the service
 * follows, not only the one whose consumer received the event, and only once the move committed).
 */
@Injectable()
export class ProgrammeClockSync implements OnApplicationBootstrap, OnModuleDestroy {
  private static readonly logger = new Logger('ProgrammeClockSync');
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: ProgrammeClock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refreshQuietly(), PROGRAMME_CLOCK_SYNC_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.refreshing;
  }

  /**
   * Stores a move in the open unit of work unless the database already holds a later (or the same) programme time;
   * true when stored. The clock itself follows from the row once the unit of work has committed (refresh).
   */
  async store(move: ProgrammeClockMove & { movedBy: string }): Promise<boolean> {
    const manager = requireTransaction('storing a programme clock move');
    const stored: unknown[] = await manager.query(
      `INSERT INTO programme_clock (id, programme_at, real_at, moved_by) VALUES (1, $1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET programme_at = EXCLUDED.programme_at, real_at = EXCLUDED.real_at, moved_by = EXCLUDED.moved_by
       WHERE EXCLUDED.programme_at - EXCLUDED.real_at > programme_clock.programme_at - programme_clock.real_at
       RETURNING id`,
      [move.programmeAt, move.realAt, move.movedBy],
    );
    return stored.length === 1;
  }

  /** Reads the stored move and advances the clock to it (never back: an earlier stored move changes nothing). */
  async refresh(): Promise<void> {
    const state = await this.unitOfWork.manager.getRepository(ProgrammeClockStateEntity).findOneBy({ id: 1 });
    if (state !== null && this.clock.advance(state))
      ProgrammeClockSync.logger.log(`programme clock moved forward to ${this.clock.now().toISOString()} (by ${state.movedBy})`);
  }

  private refreshQuietly(): Promise<void> {
    this.refreshing ??= this.refresh()
      .catch((error: unknown) => {
        // The database away for a moment: the clock runs on from the last move and the next round tries again.
        ProgrammeClockSync.logger.warn(`reading the programme clock failed: ${String(error)}`);
      })
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }
}
