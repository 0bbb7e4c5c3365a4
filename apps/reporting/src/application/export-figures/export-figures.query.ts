import type { GetFiguresQuery } from '../get-figures/get-figures.query.js';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFiguresQuery extends GetFiguresQuery {
  format: ExportFormat;
}
