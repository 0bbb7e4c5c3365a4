import type { PublishedFigure } from './published-figures.js';

export interface TableRow {
  label: string;
  published: number;
  /** Undefined: the platform has no such figure. */
  platform: number | undefined;
}

export const rowsOf = (figures: readonly PublishedFigure[], platform: ReadonlyMap<string, number>): TableRow[] =>
  figures.map((figure) => ({ label: figure.label, published: figure.value, platform: platform.get(figure.key) }));

/** A row differs when the platform's figure is missing or not the published one. */
export const differences = (rows: readonly TableRow[]): TableRow[] => rows.filter((row) => row.platform !== row.published);

const number = (value: number): string => value.toLocaleString('en-GB');

/** published, platform and difference side by side, right-aligned; a missing figure shows as "-". */
export const renderTable = (rows: readonly TableRow[]): string => {
  const cells = rows.map((row) => [
    row.label,
    number(row.published),
    row.platform === undefined ? '-' : number(row.platform),
    row.platform === undefined ? '-' : number(row.platform - row.published),
  ]);
  const header = ['figure', 'published', 'platform', 'difference'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n') + '\n';
};

/** `[#####-----]  120/400 requests  30.0%`, for a terminal (redrawn in place) or a log. */
export const progressText = (done: number, total: number, width = 30): string => {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${number(done)}/${number(total)} requests  ${(share * 100).toFixed(1)}%`;
};
