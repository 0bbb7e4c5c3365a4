import { useState, type FormEvent } from 'react';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { applications, dataOf } from '../../api/clients';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../format';
import { Done, ErrorNotice, useAction } from './abb-shared';

const STATUS = { open: 'Open', closed: 'Gesloten' } as const;

export const callsQuery = { queryKey: ['calls'], queryFn: () => dataOf(applications.GET('/calls')) };

/** Hours Brussels is ahead of UTC on a day: 1 in winter, 2 in summer. */
const brusselsOffsetHours = (utcNoon: Date): number => {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'shortOffset' })
    .formatToParts(utcNoon)
    .find((part) => part.type === 'timeZoneName')?.value;
  return Number(/GMT([+-]\d+)/.exec(name ?? '')?.[1] ?? 0);
};

/** A day typed as JJJJ-MM-DD: its start at midnight in Brussels, or (end) the midnight that ends it, as the demo's call does. */
const dayToIso = (day: string, end: boolean): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const noon = new Date(Date.UTC(year, month - 1, date + (end ? 1 : 0), 12));
  return new Date(noon.getTime() - (12 + brusselsOffsetHours(noon)) * 3_600_000).toISOString();
};

/** ABB's calls: every call with its status, opening a new one, closing an open one early. */
export const AbbCallsPage = () => {
  const calls = useQuery(callsQuery);
  const [projectYear, setProjectYear] = useState('2');
  const [title, setTitle] = useState('');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const open = useAction(
    () =>
      dataOf(
        applications.POST('/calls', {
          body: { projectYear: Number(projectYear), title, opensAt: dayToIso(opensAt, false), closesAt: dayToIso(closesAt, true) },
        }),
      ),
    ['calls'],
  );
  const close = useAction(
    (callId: string) => dataOf(applications.POST('/calls/{callId}/close', { params: { path: { callId } } })),
    ['calls'],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(undefined);
  };
  const validDay = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Geef een datum als JJJJ-MM-DD.');
  return (
    <>
      <h1>Oproepen</h1>
      {calls.isError ? <ErrorNotice error={calls.error} /> : null}
      {calls.isPending ? <p>Oproepen laden…</p> : null}
      <div className="vl-table-wrapper">
        <table className="vl-table">
          <caption className="vl-hint">Alle oproepen, de nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Oproep</th>
              <th scope="col">Projectjaar</th>
              <th scope="col">Opent</th>
              <th scope="col">Sluit</th>
              <th scope="col">Status</th>
              <th scope="col">Acties</th>
            </tr>
          </thead>
          <tbody>
            {(calls.data ?? []).map((call) => (
              <tr key={call.id}>
                <th scope="row">
                  <Link to="/abb/oproepen/$callId" params={{ callId: call.id }}>
                    {call.title}
                  </Link>
                </th>
                <td>{call.projectYear}</td>
                <td>{formatDateTime(call.opensAt)}</td>
                <td>{formatDateTime(call.closesAt)}</td>
                <td>
                  {STATUS[call.status]}
                  {call.closedAt ? ` op ${formatDateTime(call.closedAt)}` : ''}
                </td>
                <td>
                  {call.status === 'open' ? (
                    <Button variant="secondary" onPress={() => close.mutate(call.id)} isDisabled={close.isPending}>
                      Oproep sluiten<span className="vl-visually-hidden">: {call.title}</span>
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ErrorNotice error={close.error} />
      {close.isSuccess ? <Done>De oproep is gesloten; budgettering maakt het toewijzingsvoorstel.</Done> : null}

      <section aria-labelledby="nieuwe-oproep" className="vl-card">
        <h2 id="nieuwe-oproep">Nieuwe oproep openen</h2>
        <form onSubmit={submit}>
          <TextField label="Projectjaar" value={projectYear} onChange={setProjectYear} isRequired inputMode="numeric" />
          <TextField label="Titel" value={title} onChange={setTitle} isRequired />
          <TextField label="Opent op" description="JJJJ-MM-DD" value={opensAt} onChange={setOpensAt} isRequired validate={validDay} />
          <TextField
            label="Sluit op"
            description="JJJJ-MM-DD; de oproep sluit aan het einde van die dag"
            value={closesAt}
            onChange={setClosesAt}
            isRequired
            validate={validDay}
          />
          <Button type="submit" isDisabled={open.isPending}>
            Oproep openen
          </Button>
        </form>
        <ErrorNotice error={open.error} />
        {open.isSuccess ? <Done>De oproep „{open.data.title}” is geopend.</Done> : null}
      </section>
    </>
  );
};
