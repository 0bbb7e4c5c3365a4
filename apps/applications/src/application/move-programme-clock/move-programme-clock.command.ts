import type { ClockMoveRequest } from '../../domain/programme-clock-move.js';

export type MoveProgrammeClockCommand = ClockMoveRequest;

/** Where the programme clock stands, and whether it may be moved here. */
export interface ProgrammeClockView {
  now: string;
  mode: 'production' | 'development';
  movable: boolean;
}

export interface ProgrammeClockMoved {
  movedFrom: string;
  movedTo: string;
}
