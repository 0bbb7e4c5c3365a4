import { useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { dataOf, reporting } from '../../api/clients';
import type { components } from '../../api/generated/reporting';
import { DataTable, type TableColumn } from '../../components/data-table';
import { CheckedField, Notice } from '../../components/form-fields';
import { formatNumber, formatPercent } from '../../format';

type Action = components['schemas']['PublicActionResponse'];
type Indicator = components['schemas']['PublicIndicatorResponse'];

const columns: TableColumn<Indicator>[] = [
  {
    id: 'indicator',
    title: 'Indicator',
    render: (indicator) => `${indicator.indicatorCode}${indicator.unit ? ` – ${indicator.unit}` : ''}`,
  },
  { id: 'planned', title: 'Gepland', numeric: true, render: (indicator) => formatNumber(indicator.planned) },
  { id: 'realised', title: 'Gerealiseerd', numeric: true, render: (indicator) => formatNumber(indicator.realised) },
  { id: 'percent', title: 'Bereikt', numeric: true, render: (indicator) => formatPercent(indicator.percentReached) },
  {
    id: 'governments',
    title: 'Besturen met goedgekeurd rapport',
    numeric: true,
    render: (indicator) => `${formatNumber(indicator.governmentsReported)} van ${formatNumber(indicator.governments)}`,
  },
];

const actionTitle = (action: Action): string =>
  action.actionNumber === null ? 'Andere indicatoren' : `Actie ${action.actionNumber}: ${action.actionName ?? ''}`;

/** Anyone's view of the programme, or of one government: the year's actions, planned and realised, from accepted reports only. */
export const PublicResultsPage = ({ projectYear, governmentCode }: { projectYear: number; governmentCode?: string }) => {
  const navigate = useNavigate();
  const [code, setCode] = useState(governmentCode ?? '');
  const results = useQuery({
    queryKey: ['public-results', projectYear, governmentCode ?? null],
    queryFn: () =>
      dataOf(
        governmentCode === undefined
          ? reporting.GET('/public/results/{projectYear}', { params: { path: { projectYear } } })
          : reporting.GET('/public/results/{projectYear}/governments/{governmentCode}', {
              params: { path: { projectYear, governmentCode } },
            }),
      ),
  });
  const subject = governmentCode === undefined ? 'het programma' : `bestuur ${governmentCode}`;
  return (
    <>
      <h1>Resultaten van {subject}</h1>
      <p className="vl-lead">
        Wat de lokale besturen met Plan Samenleven plannen en realiseren, per actie. Alleen cijfers uit rapporten die ABB goedkeurde tellen
        mee.
      </p>
      <nav aria-label="Projectjaar" className="vl-tabs">
        {[1, 2, 3].map((candidate) => (
          <Link
            key={candidate}
            to="/resultaten"
            search={{ jaar: candidate, ...(governmentCode === undefined ? {} : { bestuur: governmentCode }) }}
            className="vl-tabs__tab"
            aria-current={candidate === projectYear ? 'page' : undefined}
          >
            Projectjaar {candidate}
          </Link>
        ))}
      </nav>
      <form
        aria-label="Resultaten van één bestuur"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = code.trim();
          void navigate({ to: '/resultaten', search: { jaar: projectYear, ...(trimmed === '' ? {} : { bestuur: trimmed }) } });
        }}
      >
        <CheckedField
          label="NIS-code van een bestuur"
          description="Bijvoorbeeld 44021 voor Gent; leeg voor het hele programma."
          value={code}
          onChange={setCode}
        />
        <div>
          <button type="submit" className="vl-button vl-button--secondary">
            Resultaten tonen
          </button>
        </div>
      </form>
      {governmentCode === undefined ? null : (
        <p>
          <Link to="/resultaten" search={{ jaar: projectYear }}>
            Naar de resultaten van het hele programma
          </Link>
        </p>
      )}
      {results.error ? <Notice kind="error">De resultaten zijn nu niet beschikbaar: {results.error.message}</Notice> : null}
      {results.isPending ? <p>Resultaten laden…</p> : null}
      {results.data ? (
        <p>
          {formatNumber(results.data.governmentsReported)} van {formatNumber(results.data.governments)}{' '}
          {results.data.governments === 1 ? 'bestuur' : 'besturen'} met doelen in projectjaar {projectYear} hebben een goedgekeurd rapport.
        </p>
      ) : null}
      {results.data && results.data.actions.length === 0 ? <p>Voor projectjaar {projectYear} zijn er nog geen doelen.</p> : null}
      {(results.data?.actions ?? []).map((action) => (
        <section key={action.actionNumber ?? 'ander'} aria-label={actionTitle(action)}>
          <h2>{actionTitle(action)}</h2>
          {action.objectiveName ? (
            <p className="vl-hint">
              Doelstelling {action.objectiveNumber}: {action.objectiveName}
            </p>
          ) : null}
          <DataTable
            label={`Gepland en gerealiseerd, ${actionTitle(action)}, projectjaar ${projectYear}`}
            columns={columns}
            rows={action.indicators}
            rowKey={(indicator) => indicator.indicatorCode}
            empty="Geen indicatoren."
          />
        </section>
      ))}
    </>
  );
};
