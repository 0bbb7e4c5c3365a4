import type { ExportTable } from '#platform';
import type { FigureView } from '../get-figures/get-figures.handler.js';
import type { FigureViewLevel } from '../get-figures/get-figures.query.js';

type Column = ExportTable['columns'][number] & { value: (row: FigureView) => string | number | null };

const text = (header: string, value: Column['value']): Column => ({ header, kind: 'text', value });
const integer = (header: string, value: Column['value']): Column => ({ header, kind: 'integer', value });
const percent = (header: string, value: Column['value']): Column => ({ header, kind: 'percent', value });

const SCOPE_COLUMNS: Record<FigureViewLevel, Column[]> = {
  indicator: [
    text('Indicator', (row) => row.indicatorCode),
    text('Eenheid', (row) => row.unit),
    integer('Actie', (row) => row.actionNumber),
    integer('Doelstelling', (row) => row.objectiveNumber),
  ],
  action: [
    integer('Actie', (row) => row.actionNumber),
    text('Naam actie', (row) => row.actionName),
    integer('Doelstelling', (row) => row.objectiveNumber),
  ],
  objective: [integer('Doelstelling', (row) => row.objectiveNumber), text('Naam doelstelling', (row) => row.objectiveName)],
  year: [],
  government: [],
};

const FIGURE_COLUMNS: Column[] = [
  integer('Gepland (som van de doelen)', (row) => row.planned),
  integer('Gerealiseerd', (row) => row.realised),
  percent('% gerealiseerd', (row) => row.percentReached),
  integer('Besturen met een doel', (row) => row.governments),
  integer('Besturen die rapporteerden', (row) => row.governmentsReported),
  integer('Doelen (bestuur x indicator)', (row) => row.targets),
  integer('Doelen gerapporteerd', (row) => row.targetsReported),
  integer('Doelen bereikt', (row) => row.targetsReached),
  percent('% doelen bereikt', (row) => row.targetsReachedPercent),
];

const LEVEL_NAMES: Record<FigureViewLevel, string> = {
  indicator: 'per indicator',
  action: 'per actie',
  objective: 'per doelstelling',
  year: 'per projectjaar',
  government: 'per lokaal bestuur',
};

/** The figures of one level as a table with Dutch headers, the same columns in xlsx and CSV. */
export const figuresTable = (
  projectYear: number,
  level: FigureViewLevel,
  governmentCode: string | undefined,
  rows: readonly FigureView[],
): ExportTable => {
  const columns: Column[] = [
    integer('Projectjaar', (row) => row.projectYear),
    ...(level === 'government' || governmentCode !== undefined ? [text('Lokaal bestuur', (row) => row.governmentCode)] : []),
    ...SCOPE_COLUMNS[level],
    ...FIGURE_COLUMNS,
  ];
  const of = governmentCode === undefined ? '' : ` van ${governmentCode}`;
  return {
    sheetName: 'Cijfers',
    title: `Plan Samenleven, projectjaar ${projectYear}: cijfers ${LEVEL_NAMES[level]}${of}`,
    columns: columns.map(({ header, kind }) => ({ header, kind })),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
  };
};

/** e.g. cijfers-pj1-indicator.xlsx, cijfers-pj1-action-44021.csv */
export const exportFileName = (projectYear: number, level: FigureViewLevel, governmentCode: string | undefined, format: string): string =>
  `cijfers-pj${projectYear}-${level}${governmentCode === undefined ? '' : `-${governmentCode.toLowerCase()}`}.${format}`;
