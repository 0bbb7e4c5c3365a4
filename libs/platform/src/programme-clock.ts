import { Injectable } from '@nestjs/common';

/**
 * The one clock the programme's rules read (calls opening and closing, due dates, deadlines). Plan Samenleven's
 * dates lie in the past, so a demo or a test starts the clock at a programme date; from there it runs at real speed.
 * Wall-clock needs (timeouts, retries, log times) keep using Date.now().
 */
@Injectable()
export class ProgrammeClock {
  private offsetMs: number;

  constructor(settings: ProgrammeClockSettings = { startAt: null, anchorAt: new Date() }) {
    this.offsetMs = settings.startAt === null ? 0 : settings.startAt.getTime() - settings.anchorAt.getTime();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Sets the programme time to `at` from this moment on (tests and the demo; never for moving a single request). */
  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  /** How far programme time runs ahead of real time (negative: behind, as when the programme's dates lie in the past). */
  get offset(): number {
    return this.offsetMs;
  }

  /**
   * Takes over a clock move (`programmeAt` was the programme time at the real moment `realAt`), but only forward:
   * a move older than what the clock already shows changes nothing, so programme time never goes back. True when it moved.
   */
  advance(move: ProgrammeClockMove): boolean {
    const offsetMs = offsetOf(move);
    if (offsetMs <= this.offsetMs) return false;
    this.offsetMs = offsetMs;
    return true;
  }
}

/** A moved clock, as kept and announced: programme time `programmeAt` at the real moment `realAt`. */
export interface ProgrammeClockMove {
  programmeAt: Date;
  realAt: Date;
}

export const offsetOf = (move: ProgrammeClockMove): number => move.programmeAt.getTime() - move.realAt.getTime();

export interface ProgrammeClockSettings {
  /** The programme time at `anchorAt`; null: the programme runs on real time. */
  startAt: Date | null;
  /** The real moment at which the programme time was `startAt`: the same for every service of one run. */
  anchorAt: Date;
}
