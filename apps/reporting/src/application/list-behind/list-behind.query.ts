export const BEHIND_STATUSES = ['lagging', 'at-risk', 'not-reported'] as const;
export type BehindStatus = (typeof BEHIND_STATUSES)[number];

export interface ListBehindQuery {
  projectYear: number;
  status?: BehindStatus;
  indicatorCode?: string;
  periodCode?: string;
}
