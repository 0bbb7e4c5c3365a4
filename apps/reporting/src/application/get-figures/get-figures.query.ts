import type { FigureLevel } from '../../domain/aggregates.js';

/** `government`: one row per government (its whole year); the other levels, programme-wide or of one government. */
export const FIGURE_VIEW_LEVELS = ['indicator', 'action', 'objective', 'year', 'government'] as const;
export type FigureViewLevel = FigureLevel | 'government';

export interface GetFiguresQuery {
  projectYear: number;
  /** Default: indicator. */
  level?: FigureViewLevel;
  /** Only this government's figures; left out, programme-wide (or every government at level government). */
  governmentCode?: string;
}
