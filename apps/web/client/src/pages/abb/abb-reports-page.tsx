import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { applications, dataOf, reporting } from '../../api/clients';
import type { components } from '../../api/generated/reporting';
import { Button } from '../../components/button';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import { Done, ErrorNotice, useAction } from './abb-shared';

type Report = components['schemas']['ReportResponse'];

const reportsQuery = { queryKey: ['reports'], queryFn: () => dataOf(reporting.GET('/reports', { params: { query: {} } })) };

/** One report waiting for review: accept it, or ask for changes with a comment per indicator. */
const ReportReview = ({ report }: { report: Report }) => {
  const [comments, setComments] = useState<Record<string, string>>({});
  const [notAccepted, setNotAccepted] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const review = useAction(
    (outcome: 'accepted' | 'changes-requested') =>
      dataOf(
        reporting.POST('/reports/{id}/review', {
          params: { path: { id: report.reportId } },
          body: {
            outcome,
            comments: Object.entries(comments)
              .filter(([, comment]) => comment.trim() !== '')
              .map(([indicatorCode, comment]) => ({ indicatorCode, comment: comment.trim() })),
            motivationsNotAccepted: notAccepted,
          },
        }),
      ),
    ['reports'],
  );
  const requestChanges = () => {
    if (Object.values(comments).every((comment) => comment.trim() === ''))
      return setProblem('Geef bij minstens één indicator een opmerking: wat moet het bestuur aanpassen?');
    setProblem(null);
    review.mutate('changes-requested');
  };
  const label = `${report.governmentCode} ${report.periodCode}`;
  const headingId = `rapport-${report.reportId}`;
  return (
    <section aria-labelledby={headingId} className="vl-card">
      <h2 id={headingId}>
        Rapport {report.periodCode} van {report.governmentCode} (versie {report.version})
      </h2>
      <p>
        Ingediend {formatDateTime(report.submittedAt)}, te laat: {report.late ? 'ja' : 'nee'} (vervaldag {formatDate(report.due)}).
      </p>
      <div className="vl-table-wrapper">
        <table className="vl-table">
          <caption className="vl-visually-hidden">Resultaten van rapport {label}</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col" className="vl-table__numeric">
                Gerealiseerd
              </th>
              <th scope="col">Motivatie</th>
              <th scope="col">Motivatie niet aanvaard</th>
              <th scope="col">Opmerking voor het bestuur</th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((line) => (
              <tr key={line.indicatorCode}>
                <th scope="row">{line.indicatorCode}</th>
                <td className="vl-table__numeric">{formatNumber(line.achieved)}</td>
                <td>{line.motivation || '–'}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Motivatie ${line.indicatorCode} niet aanvaard, ${label}`}
                    checked={notAccepted.includes(line.indicatorCode)}
                    onChange={(event) =>
                      setNotAccepted((current) =>
                        event.target.checked ? [...current, line.indicatorCode] : current.filter((code) => code !== line.indicatorCode),
                      )
                    }
                  />
                </td>
                <td>
                  <input
                    aria-label={`Opmerking ${line.indicatorCode}, ${label}`}
                    value={comments[line.indicatorCode] ?? ''}
                    onChange={(event) => setComments((current) => ({ ...current, [line.indicatorCode]: event.target.value }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="vl-actions">
        <Button onPress={() => review.mutate('accepted')} isDisabled={review.isPending}>
          Rapport aanvaarden<span className="vl-visually-hidden">: {label}</span>
        </Button>
        <Button variant="secondary" onPress={requestChanges} isDisabled={review.isPending}>
          Aanpassingen vragen<span className="vl-visually-hidden">: {label}</span>
        </Button>
      </div>
      {problem === null ? null : (
        <p role="alert" className="vl-alert">
          {problem}
        </p>
      )}
      <ErrorNotice error={review.error} />
    </section>
  );
};

/** Reports waiting for ABB's review, oldest first. */
export const AbbReportsPage = () => {
  const reports = useQuery(reportsQuery);
  const waiting = (reports.data ?? [])
    .filter((report) => report.latest && (report.review === null || report.review === undefined))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const reviewed = (reports.data ?? []).filter((report) => report.latest && report.review);
  return (
    <>
      <h1>Rapporten te beoordelen</h1>
      <ErrorNotice error={reports.error} />
      {reports.isPending ? <p>Rapporten laden…</p> : null}
      {reports.isSuccess && waiting.length === 0 ? <Done>Geen rapporten die op een beoordeling wachten.</Done> : null}
      {waiting.map((report) => (
        <ReportReview key={report.reportId} report={report} />
      ))}
      {reviewed.length > 0 ? (
        <section aria-labelledby="beoordeeld">
          <h2 id="beoordeeld">Beoordeeld</h2>
          <ul>
            {reviewed.map((report) => (
              <li key={report.reportId}>
                {report.governmentCode} {report.periodCode} versie {report.version}:{' '}
                {report.review?.outcome === 'accepted' ? 'aanvaard' : 'aanpassingen gevraagd'} op{' '}
                {formatDateTime(report.review?.reviewedAt)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
};

/** Every expected return with its due date; those past due on the programme clock without a report are overdue. */
export const AbbDeadlinesPage = () => {
  const expected = useQuery({
    queryKey: ['expected-returns'],
    queryFn: () => dataOf(reporting.GET('/expected-returns', { params: { query: {} } })),
  });
  const reports = useQuery(reportsQuery);
  const clock = useQuery({ queryKey: ['programme-clock'], queryFn: () => dataOf(applications.GET('/programme-clock')) });
  const now = clock.data?.now;
  const reported = (governmentCode: string, periodCode: string) =>
    (reports.data ?? []).some((report) => report.governmentCode === governmentCode && report.periodCode === periodCode);
  const rows = [...(expected.data ?? [])].sort((a, b) => a.due.localeCompare(b.due) || a.governmentCode.localeCompare(b.governmentCode));
  const overdue = rows.filter((row) => now !== undefined && row.due < now.slice(0, 10) && !reported(row.governmentCode, row.periodCode));
  return (
    <>
      <h1>Termijnen en laattijdige rapporten</h1>
      <ErrorNotice error={expected.error ?? reports.error ?? clock.error} />
      <p>Datum van het programma: {formatDate(now)}.</p>
      <section aria-labelledby="laattijdig">
        <h2 id="laattijdig">Laattijdig ({overdue.length})</h2>
        {overdue.length === 0 ? (
          <p className="vl-hint">Geen laattijdige rapporten.</p>
        ) : (
          <ul>
            {overdue.map((row) => (
              <li key={`${row.governmentCode}-${row.periodCode}`}>
                {row.governmentCode}: {row.periodCode}, verviel op {formatDate(row.due)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="termijnen">
        <h2 id="termijnen">Alle termijnen</h2>
        <div className="vl-table-wrapper">
          <table className="vl-table">
            <caption className="vl-visually-hidden">Verwachte rapporten en hun vervaldag</caption>
            <thead>
              <tr>
                <th scope="col">Bestuur</th>
                <th scope="col">Periode</th>
                <th scope="col">Soort</th>
                <th scope="col">Over</th>
                <th scope="col">Vervaldag</th>
                <th scope="col">Ingediend</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.governmentCode}-${row.periodCode}`}>
                  <th scope="row">{row.governmentCode}</th>
                  <td>{row.periodCode}</td>
                  <td>{row.kind === 'interim' ? 'tussentijds' : 'jaarlijks'}</td>
                  <td>
                    {formatDate(row.coversFrom)} tot {formatDate(row.coversTo)}
                  </td>
                  <td>{formatDate(row.due)}</td>
                  <td>{reported(row.governmentCode, row.periodCode) ? 'ja' : 'nee'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
};
