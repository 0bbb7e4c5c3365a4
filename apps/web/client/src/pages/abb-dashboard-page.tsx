import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { dataOf, reporting } from '../api/clients';
import type { components } from '../api/generated/reporting';
import { AbbBehindSection } from './abb/abb-behind-section';
import { DataTable, type TableColumn } from '../components/data-table';
import { TextField } from '../components/text-field';
import { formatNumber, formatPercent } from '../format';

type Figure = components['schemas']['FigureResponse'];
export type FigureLevel = 'objective' | 'action' | 'indicator';

const BarChart = lazy(() => import('../components/bar-chart').then((module) => ({ default: module.BarChart })));

export const LEVELS: { level: FigureLevel; label: string; plural: string }[] = [
  { level: 'objective', label: 'Doelstelling', plural: 'doelstelling' },
  { level: 'action', label: 'Actie', plural: 'actie' },
  { level: 'indicator', label: 'Indicator', plural: 'indicator' },
];

const nameOf = (figure: Figure): string => {
  if (figure.level === 'indicator') return `${figure.indicatorCode} – ${figure.actionName ?? ''}`;
  if (figure.level === 'action') return `Actie ${figure.actionNumber}: ${figure.actionName ?? ''}`;
  return `Doelstelling ${figure.objectiveNumber}: ${figure.objectiveName ?? ''}`;
};

const shortNameOf = (figure: Figure): string =>
  figure.level === 'indicator'
    ? (figure.indicatorCode ?? '')
    : figure.level === 'action'
      ? `Actie ${figure.actionNumber}`
      : `D${figure.objectiveNumber}`;

const columns: TableColumn<Figure>[] = [
  { id: 'name', title: 'Naam', render: nameOf },
  { id: 'planned', title: 'Gepland', numeric: true, render: (row) => formatNumber(row.planned) },
  { id: 'realised', title: 'Gerealiseerd', numeric: true, render: (row) => formatNumber(row.realised) },
  { id: 'percent', title: '% bereikt', numeric: true, render: (row) => formatPercent(row.percentReached) },
  { id: 'governments', title: 'Besturen met doel', numeric: true, render: (row) => formatNumber(row.governments) },
  { id: 'reported', title: 'Besturen gerapporteerd', numeric: true, render: (row) => formatNumber(row.governmentsReported) },
];

const figuresQuery = (projectYear: number, level: FigureLevel | 'year') => ({
  queryKey: ['figures', projectYear, level],
  queryFn: () => dataOf(reporting.GET('/figures', { params: { query: { projectYear, level } } })),
});

/** ABB's view of the programme: the year's totals, and per objective, action or indicator a chart with its table. */
export const AbbDashboardPage = ({ projectYear, level }: { projectYear: number; level: FigureLevel }) => {
  const year = useQuery(figuresQuery(projectYear, 'year'));
  const figures = useQuery(figuresQuery(projectYear, level));
  const [filter, setFilter] = useState('');
  const rows = useMemo(
    () => (figures.data ?? []).filter((figure) => nameOf(figure).toLowerCase().includes(filter.trim().toLowerCase())),
    [figures.data, filter],
  );
  const chartSeries = useMemo(
    () => [
      { name: 'Gepland', values: rows.map((row) => row.planned) },
      { name: 'Gerealiseerd', values: rows.map((row) => row.realised) },
    ],
    [rows],
  );
  const totals = year.data?.[0];
  const levelLabel = LEVELS.find((candidate) => candidate.level === level)!.plural;
  return (
    <>
      <h1>Dashboard van het programma</h1>
      <nav aria-label="Projectjaar" className="vl-tabs">
        {[1, 2, 3].map((candidate) => (
          <Link
            key={candidate}
            to="/abb"
            search={{ jaar: candidate, niveau: level }}
            className="vl-tabs__tab"
            aria-current={candidate === projectYear ? 'page' : undefined}
          >
            Projectjaar {candidate}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="totalen">
        <h2 id="totalen">Projectjaar {projectYear} in totaal</h2>
        {year.isError ? <p role="alert">De cijfers zijn nu niet beschikbaar: {year.error.message}</p> : null}
        <dl className="vl-figures">
          <div>
            <dt>Gepland</dt>
            <dd>{formatNumber(totals?.planned ?? 0)}</dd>
          </div>
          <div>
            <dt>Gerealiseerd</dt>
            <dd>{formatNumber(totals?.realised ?? 0)}</dd>
          </div>
          <div>
            <dt>% bereikt</dt>
            <dd>{formatPercent(totals?.percentReached)}</dd>
          </div>
          <div>
            <dt>Besturen met doelen</dt>
            <dd>{formatNumber(totals?.governments ?? 0)}</dd>
          </div>
          <div>
            <dt>Besturen gerapporteerd</dt>
            <dd>{formatNumber(totals?.governmentsReported ?? 0)}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="per-niveau">
        <h2 id="per-niveau">Per {levelLabel}</h2>
        <nav aria-label="Niveau" className="vl-tabs">
          {LEVELS.map((candidate) => (
            <Link
              key={candidate.level}
              to="/abb"
              search={{ jaar: projectYear, niveau: candidate.level }}
              className="vl-tabs__tab"
              aria-current={candidate.level === level ? 'page' : undefined}
            >
              {candidate.label}
            </Link>
          ))}
        </nav>
        <TextField
          label="Zoeken op naam"
          value={filter}
          onChange={setFilter}
          description="Toont alleen de rijen waarvan de naam dit bevat."
        />
        {figures.isError ? <p role="alert">De cijfers zijn nu niet beschikbaar: {figures.error.message}</p> : null}
        {figures.isPending ? <p>Cijfers laden…</p> : null}
        <div className="vl-chart-and-table">
          {rows.length > 0 ? (
            <Suspense fallback={<div className="vl-chart" />}>
              <BarChart
                title={`Gepland en gerealiseerd per ${levelLabel}, projectjaar ${projectYear}`}
                categories={rows.map(shortNameOf)}
                series={chartSeries}
              />
            </Suspense>
          ) : null}
          <DataTable
            label={`Cijfers per ${levelLabel}, projectjaar ${projectYear}`}
            columns={columns}
            rows={rows}
            rowKey={(row) => `${row.level}-${row.objectiveNumber}-${row.actionNumber}-${row.indicatorCode}`}
            empty="Nog geen cijfers voor dit projectjaar."
          />
        </div>
      </section>
      <AbbBehindSection projectYear={projectYear} />
    </>
  );
};
