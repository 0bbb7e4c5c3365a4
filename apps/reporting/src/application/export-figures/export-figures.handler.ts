import { Injectable } from '@nestjs/common';
import { tableToCsv, tableToXlsx } from '#platform';
import { GetFiguresHandler } from '../get-figures/get-figures.handler.js';
import type { ExportFiguresQuery } from './export-figures.query.js';
import { exportFileName, figuresTable } from './figures-table.js';

export interface ExportedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Any aggregate table, or one government's figures, as an xlsx workbook or a CSV file: the rows GET /figures answers. */
@Injectable()
export class ExportFiguresHandler {
  constructor(private readonly getFigures: GetFiguresHandler) {}

  async execute(query: ExportFiguresQuery): Promise<ExportedFile> {
    const level = query.level ?? 'indicator';
    const rows = await this.getFigures.execute(query);
    const table = figuresTable(query.projectYear, level, query.governmentCode, rows);
    return {
      fileName: exportFileName(query.projectYear, level, query.governmentCode, query.format),
      contentType: CONTENT_TYPES[query.format],
      content: query.format === 'xlsx' ? await tableToXlsx(table) : tableToCsv(table),
    };
  }
}
