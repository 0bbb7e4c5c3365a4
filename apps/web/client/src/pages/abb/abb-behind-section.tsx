import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { applications, dataOf, reporting } from '../../api/clients';
import type { components } from '../../api/generated/reporting';
import { Button } from '../../components/button';
import { SelectField } from '../../components/form-fields';
import { TextField } from '../../components/text-field';
import { formatDate, formatNumber } from '../../format';
import {
  deleteFilter,
  EMPTY_BEHIND_FILTER,
  matchesFilter,
  readSavedFilters,
  saveFilter,
  writeSavedFilters,
  type BehindFilter,
  type SavedBehindFilter,
} from './behind-filters';

type Behind = components['schemas']['BehindResponse'];

const STATUS_LABELS: Record<Behind['status'], string> = {
  lagging: 'Loopt achter',
  'at-risk': 'In gevaar',
  'not-reported': 'Niet gerapporteerd',
};

const storage = (): Storage | null => (typeof window === 'undefined' ? null : window.localStorage);

const distinct = (values: string[]): string[] => [...new Set(values)].sort();

/** ABB's follow-up list: every government x indicator x period lagging, at risk or not reported, with filters to keep. */
export const AbbBehindSection = ({ projectYear }: { projectYear: number }) => {
  const behind = useQuery({
    queryKey: ['statuses-behind', projectYear],
    queryFn: () => dataOf(reporting.GET('/statuses/behind', { params: { query: { projectYear } } })),
  });
  const governments = useQuery({ queryKey: ['governments'], queryFn: () => dataOf(applications.GET('/governments', {})) });
  const nameOf = (code: string): string => governments.data?.find((government) => government.code === code)?.name ?? code;
  const [filter, setFilter] = useState<BehindFilter>(EMPTY_BEHIND_FILTER);
  const [saved, setSaved] = useState<SavedBehindFilter[]>(() => {
    const store = storage();
    return store === null ? [] : readSavedFilters(store);
  });
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');

  const all = behind.data ?? [];
  const rows = all.filter((row) => matchesFilter(row, nameOf(row.governmentCode), filter));
  const indicators = useMemo(() => distinct(all.map((row) => row.indicatorCode)), [all]);
  const periods = useMemo(() => distinct(all.map((row) => row.periodCode)), [all]);
  const update = (change: Partial<BehindFilter>) => setFilter((current) => ({ ...current, ...change }));
  const keep = (next: SavedBehindFilter[], done: string) => {
    const store = storage();
    if (store !== null) writeSavedFilters(store, next);
    setSaved(next);
    setMessage(done);
  };

  return (
    <section aria-labelledby="achterstand">
      <h2 id="achterstand">Besturen die achterlopen</h2>
      <p>Per bestuur, indicator en periode: wat achterloopt, in gevaar is of niet op tijd gerapporteerd werd.</p>
      <div className="vl-filters" role="group" aria-label="Filters van de lijst">
        <SelectField
          id="achterstand-status"
          label="Status"
          value={filter.status}
          onChange={(value) => update({ status: value as BehindFilter['status'] })}
          options={[{ value: '', label: 'Alle statussen' }, ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))]}
        />
        <SelectField
          id="achterstand-indicator"
          label="Indicator"
          value={filter.indicatorCode}
          onChange={(value) => update({ indicatorCode: value })}
          options={[{ value: '', label: 'Alle indicatoren' }, ...indicators.map((code) => ({ value: code, label: code }))]}
        />
        <SelectField
          id="achterstand-periode"
          label="Periode"
          value={filter.periodCode}
          onChange={(value) => update({ periodCode: value })}
          options={[{ value: '', label: 'Alle periodes' }, ...periods.map((code) => ({ value: code, label: code }))]}
        />
        <TextField
          label="Zoeken op bestuur"
          value={filter.search}
          onChange={(value) => update({ search: value })}
          description="Naam of NIS-code van het bestuur."
        />
        <Button variant="secondary" onPress={() => setFilter(EMPTY_BEHIND_FILTER)}>
          Filters wissen
        </Button>
      </div>
      <form
        aria-labelledby="filter-bewaren"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') {
            setMessage('Geef de filter een naam om hem te bewaren.');
            return;
          }
          keep(saveFilter(saved, name, filter), `Filter "${name.trim()}" bewaard.`);
          setName('');
        }}
      >
        <h3 id="filter-bewaren">Filter bewaren</h3>
        <TextField
          label="Naam van de filter"
          value={name}
          onChange={setName}
          description="Bewaarde filters blijven alleen in deze browser (localStorage), niet op de server."
        />
        <Button type="submit">Filter bewaren</Button>
      </form>
      {message === '' ? null : (
        <p role="status" className="vl-done">
          {message}
        </p>
      )}
      {saved.length === 0 ? null : (
        <>
          <h3 id="bewaarde-filters">Bewaarde filters</h3>
          <ul aria-labelledby="bewaarde-filters" className="vl-saved-filters">
            {saved.map((entry) => (
              <li key={entry.name}>
                <Button
                  variant="secondary"
                  onPress={() => {
                    setFilter(entry.filter);
                    setMessage(`Filter "${entry.name}" toegepast.`);
                  }}
                >
                  {`Toepassen: ${entry.name}`}
                </Button>{' '}
                <Button variant="secondary" onPress={() => keep(deleteFilter(saved, entry.name), `Filter "${entry.name}" verwijderd.`)}>
                  {`Verwijderen: ${entry.name}`}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {behind.isError ? <p role="alert">De lijst is nu niet beschikbaar: {behind.error.message}</p> : null}
      {behind.isPending ? <p>Lijst laden…</p> : null}
      <div className="vl-table-wrapper">
        <table className="vl-table">
          <caption>
            Besturen die achterlopen, projectjaar {projectYear}: {rows.length} van {all.length} rijen
          </caption>
          <thead>
            <tr>
              <th scope="col">Bestuur</th>
              <th scope="col">Indicator</th>
              <th scope="col">Periode</th>
              <th scope="col">Status</th>
              <th scope="col" className="vl-table__numeric">
                Gerealiseerd
              </th>
              <th scope="col" className="vl-table__numeric">
                Verwacht
              </th>
              <th scope="col" className="vl-table__numeric">
                Doel
              </th>
              <th scope="col">Te laat</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8}>{behind.isPending ? 'Laden…' : 'Geen besturen die aan deze filters voldoen.'}</td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={`${row.governmentCode}-${row.indicatorCode}-${row.periodCode}`}>
                  <th scope="row">
                    {nameOf(row.governmentCode)} ({row.governmentCode})
                  </th>
                  <td>{row.indicatorCode}</td>
                  <td>{row.periodCode}</td>
                  <td>{STATUS_LABELS[row.status]}</td>
                  <td className="vl-table__numeric">{row.achieved === null ? '–' : formatNumber(row.achieved)}</td>
                  <td className="vl-table__numeric">{formatNumber(row.expected)}</td>
                  <td className="vl-table__numeric">{formatNumber(row.target)}</td>
                  <td>{row.overdue ? `Ja${row.due === null ? '' : ` (uiterlijk ${formatDate(row.due)})`}` : 'Nee'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
};
