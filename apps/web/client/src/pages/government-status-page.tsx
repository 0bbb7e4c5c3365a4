import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { dataOf, reporting } from '../api/clients';
import type { components } from '../api/generated/reporting';
import { DataTable, type TableColumn } from '../components/data-table';
import { formatNumber } from '../format';
import { AwardSection } from './government/award-section';

type Status = components['schemas']['IndicatorStatusResponse'];
type Target = components['schemas']['CommittedTargetResponse'];
type Figure = components['schemas']['FigureResponse'];

const STATUS_NAMES: Record<Status['status'], string> = {
  'not-reported': 'Niet gerapporteerd',
  lagging: 'Achterstand',
  'at-risk': 'Risico',
  'on-track': 'Op schema',
  achieved: 'Behaald',
};

export interface IndicatorLine {
  indicatorCode: string;
  name: string;
  target: number;
  expected: number | null;
  achieved: number | null;
  status: string;
  periodCode: string | null;
}

/** Within a project year the interim period comes before the annual one (PJ1-INTERIM, then PJ1-ANNUAL). */
const periodOrder = (code: string): string => code.replace('-INTERIM', '-1').replace('-ANNUAL', '-2');

/** Per target, the latest period's status, or "no report yet". */
export const indicatorLines = (targets: Target[], statuses: Status[], figures: Figure[]): IndicatorLine[] =>
  targets.map((target) => {
    const latest = statuses
      .filter((status) => status.indicatorCode === target.indicatorCode)
      .sort((left, right) => periodOrder(left.periodCode).localeCompare(periodOrder(right.periodCode)))
      .at(-1);
    const figure = figures.find((candidate) => candidate.indicatorCode === target.indicatorCode);
    return {
      indicatorCode: target.indicatorCode,
      name: figure?.actionName ?? '',
      target: target.target,
      expected: latest?.expected ?? null,
      achieved: latest?.achieved ?? null,
      status: latest === undefined ? 'Nog geen rapport' : STATUS_NAMES[latest.status],
      periodCode: latest?.periodCode ?? null,
    };
  });

const columns: TableColumn<IndicatorLine>[] = [
  { id: 'indicator', title: 'Indicator', render: (line) => `${line.indicatorCode} – ${line.name}` },
  { id: 'target', title: 'Doel', numeric: true, render: (line) => formatNumber(line.target) },
  { id: 'expected', title: 'Verwacht tegen nu', numeric: true, render: (line) => formatNumber(line.expected) },
  { id: 'achieved', title: 'Gerealiseerd', numeric: true, render: (line) => formatNumber(line.achieved) },
  {
    id: 'status',
    title: 'Status',
    render: (line) => <span className={`vl-status vl-status--${line.status.replace(/\s/g, '-').toLowerCase()}`}>{line.status}</span>,
  },
  { id: 'period', title: 'Periode', render: (line) => line.periodCode ?? '–' },
];

/** A government's own page: its targets for the project year and the status of each, with what was expected by now. */
export const GovernmentStatusPage = ({
  governmentCode,
  governmentCodes,
  projectYear,
}: {
  governmentCode: string;
  governmentCodes: string[];
  projectYear: number;
}) => {
  const query = { governmentCode, projectYear };
  const targets = useQuery({ queryKey: ['targets', query], queryFn: () => dataOf(reporting.GET('/targets', { params: { query } })) });
  const statuses = useQuery({ queryKey: ['statuses', query], queryFn: () => dataOf(reporting.GET('/statuses', { params: { query } })) });
  const figures = useQuery({
    queryKey: ['figures', query],
    queryFn: () => dataOf(reporting.GET('/figures', { params: { query: { ...query, level: 'indicator' } } })),
  });
  const error = targets.error ?? statuses.error ?? figures.error;
  const lines = targets.data && statuses.data ? indicatorLines(targets.data, statuses.data, figures.data ?? []) : [];
  return (
    <>
      <h1>Doelen en status van bestuur {governmentCode}</h1>
      {governmentCodes.length > 1 ? (
        <nav aria-label="Bestuur" className="vl-tabs">
          {governmentCodes.map((code) => (
            <Link
              key={code}
              to="/bestuur"
              search={{ code, jaar: projectYear }}
              className="vl-tabs__tab"
              aria-current={code === governmentCode ? 'page' : undefined}
            >
              Bestuur {code}
            </Link>
          ))}
        </nav>
      ) : null}
      <nav aria-label="Projectjaar" className="vl-tabs">
        {[1, 2, 3].map((candidate) => (
          <Link
            key={candidate}
            to="/bestuur"
            search={{ code: governmentCode, jaar: candidate }}
            className="vl-tabs__tab"
            aria-current={candidate === projectYear ? 'page' : undefined}
          >
            Projectjaar {candidate}
          </Link>
        ))}
      </nav>
      {error ? <p role="alert">De gegevens zijn nu niet beschikbaar: {error.message}</p> : null}
      {targets.isPending || statuses.isPending ? <p>Gegevens laden…</p> : null}
      <DataTable
        label={`Doelen en status per indicator, projectjaar ${projectYear}`}
        columns={columns}
        rows={lines}
        rowKey={(line) => line.indicatorCode}
        empty="Voor dit projectjaar zijn er nog geen goedgekeurde doelen."
      />
      <p className="vl-hint">
        &laquo;Verwacht tegen nu&raquo; is het deel van het doel dat op het einde van de laatste rapportageperiode bereikt had moeten zijn.
      </p>
      <AwardSection governmentCode={governmentCode} projectYear={projectYear} />
    </>
  );
};
