import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { budgeting, dataOf } from '../../api/clients';
import type { components } from '../../api/generated/budgeting';
import { Button } from '../../components/button';
import { formatDate, formatDateTime, formatEuro, formatNumber } from '../../format';
import { Done, ErrorNotice, parseEuro, PROJECT_YEARS, useAction } from './abb-shared';

type Recovery = components['schemas']['RecoveryResponse'];

const YearTabs = ({ projectYear, to }: { projectYear: number; to: '/abb/geld' | '/abb/betalingen' }) => (
  <nav aria-label="Projectjaar" className="vl-tabs">
    {PROJECT_YEARS.map((year) => (
      <Link key={year} to={to} search={{ jaar: year }} className="vl-tabs__tab" aria-current={year === projectYear ? 'page' : undefined}>
        Projectjaar {year}
      </Link>
    ))}
  </nav>
);

/** Payments that are due, to release one by one or together. */
export const AbbPaymentsPage = ({ projectYear }: { projectYear: number }) => {
  const payments = useQuery({
    queryKey: ['payments', projectYear, 'due'],
    queryFn: () => dataOf(budgeting.GET('/payments', { params: { query: { projectYear, status: 'due' } } })),
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const release = useAction(
    async (paymentIds: string[]) => {
      const released = [];
      // One call per payment: each is released (and booked) on its own, so one refusal leaves the others paid.
      for (const paymentId of paymentIds)
        released.push(await dataOf(budgeting.POST('/payments/{paymentId}/release', { params: { path: { paymentId } } })));
      return released;
    },
    ['payments', 'money'],
  );
  const releaseAll = useAction(() => dataOf(budgeting.POST('/payments/release-due', { body: { projectYear } })), ['payments', 'money']);
  const rows = payments.data ?? [];
  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  const releasedCount = release.data?.length ?? releaseAll.data?.length;
  return (
    <>
      <h1>Betalingen die vervallen zijn</h1>
      <YearTabs projectYear={projectYear} to="/abb/betalingen" />
      <ErrorNotice error={payments.error} />
      {payments.isPending ? <p>Betalingen laden…</p> : null}
      <div className="vl-table-wrapper">
        <table className="vl-table">
          <caption className="vl-visually-hidden">Vervallen betalingen, projectjaar {projectYear}</caption>
          <thead>
            <tr>
              <th scope="col">Kiezen</th>
              <th scope="col">Bestuur</th>
              <th scope="col">Schijf</th>
              <th scope="col" className="vl-table__numeric">
                Bedrag
              </th>
              <th scope="col">Vervallen op</th>
              <th scope="col">Rekening</th>
              <th scope="col">Actie</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((payment) => (
              <tr key={payment.paymentId}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${payment.label} voor ${payment.governmentCode} kiezen`}
                    checked={chosen.includes(payment.paymentId)}
                    onChange={(event) => toggle(payment.paymentId, event.target.checked)}
                  />
                </td>
                <th scope="row">{payment.governmentCode}</th>
                <td>{payment.label}</td>
                <td className="vl-table__numeric">{formatEuro(payment.amountCents)}</td>
                <td>{formatDate(payment.dueAt)}</td>
                <td>{payment.iban ?? 'geen rekeningnummer'}</td>
                <td>
                  <Button variant="secondary" onPress={() => release.mutate([payment.paymentId])} isDisabled={release.isPending}>
                    Uitbetalen
                    <span className="vl-visually-hidden">
                      : {payment.label} voor {payment.governmentCode}
                    </span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && payments.isSuccess ? <p className="vl-table__empty">Geen vervallen betalingen in dit projectjaar.</p> : null}
      </div>
      <div className="vl-actions">
        <Button
          onPress={() => {
            release.mutate(chosen);
            setChosen([]);
          }}
          isDisabled={chosen.length === 0 || release.isPending}
        >
          Gekozen betalingen uitbetalen ({chosen.length})
        </Button>
        <Button variant="secondary" onPress={() => releaseAll.mutate(undefined)} isDisabled={rows.length === 0 || releaseAll.isPending}>
          Alle vervallen betalingen uitbetalen
        </Button>
      </div>
      <ErrorNotice error={release.error ?? releaseAll.error} />
      {releasedCount === undefined ? null : <Done>{releasedCount} betaling(en) uitbetaald en geboekt.</Done>}
    </>
  );
};

const declared = (status: string, cents: number | null | undefined): string =>
  status === 'not-declared' ? 'niet aangegeven' : `${formatEuro(cents)} aangegeven`;

const RecoveryRow = ({ recovery }: { recovery: Recovery }) => {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const path = { params: { path: { recoveryId: recovery.recoveryId } } };
  const confirm = useAction(
    (body: { amountCents: number; reason?: string }) => dataOf(budgeting.POST('/recoveries/{recoveryId}/confirm', { ...path, body })),
    ['recoveries', 'money'],
  );
  const waive = useAction(
    () => dataOf(budgeting.POST('/recoveries/{recoveryId}/waive', { ...path, body: { reason } })),
    ['recoveries', 'money'],
  );
  const label = `${recovery.governmentCode} ${recovery.indicatorCode}`;
  const onConfirm = (lower: boolean) => {
    if (!lower) return confirm.mutate({ amountCents: recovery.proposedCents });
    const cents = parseEuro(amount);
    if (cents === undefined) return setProblem('Geef het lagere bedrag in euro.');
    if (reason.trim() === '') return setProblem('Geef een reden voor het lagere bedrag.');
    setProblem(null);
    confirm.mutate({ amountCents: cents, reason: reason.trim() });
  };
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="vl-table__numeric">
        {formatNumber(recovery.realised)} / {formatNumber(recovery.target)}
      </td>
      <td className="vl-table__numeric">{formatEuro(recovery.subsidyCents)}</td>
      <td className="vl-table__numeric">{formatEuro(recovery.proposedCents)}</td>
      <td>
        <input
          aria-label={`Lager bedrag in euro, ${label}`}
          inputMode="decimal"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
      </td>
      <td>
        <input aria-label={`Reden, ${label}`} value={reason} onChange={(event) => setReason(event.target.value)} />
      </td>
      <td>
        <div className="vl-actions">
          <Button variant="secondary" onPress={() => onConfirm(false)} isDisabled={confirm.isPending}>
            Bevestigen<span className="vl-visually-hidden">: {label}</span>
          </Button>
          <Button variant="secondary" onPress={() => onConfirm(true)} isDisabled={confirm.isPending}>
            Lager bevestigen<span className="vl-visually-hidden">: {label}</span>
          </Button>
          <Button
            variant="secondary"
            onPress={() => (reason.trim() === '' ? setProblem('Geef een reden om af te zien.') : waive.mutate(undefined))}
            isDisabled={waive.isPending}
          >
            Afzien<span className="vl-visually-hidden">: {label}</span>
          </Button>
        </div>
        {problem === null ? null : (
          <p role="alert" className="vl-alert">
            {problem}
          </p>
        )}
        <ErrorNotice error={confirm.error ?? waive.error} />
      </td>
    </tr>
  );
};

/** The money of a project year: the overview, governments with their ledger, co-financing shortfalls, recoveries. */
export const AbbMoneyPage = ({ projectYear, governmentCode }: { projectYear: number; governmentCode?: string }) => {
  const overview = useQuery({
    queryKey: ['money', 'overview', projectYear],
    queryFn: () => dataOf(budgeting.GET('/money/overview', { params: { query: { projectYear } } })),
  });
  const governments = useQuery({
    queryKey: ['money', 'governments', projectYear],
    queryFn: () => dataOf(budgeting.GET('/money/governments', { params: { query: { projectYear } } })),
  });
  const ledger = useQuery({
    queryKey: ['money', 'ledger', projectYear, governmentCode],
    enabled: governmentCode !== undefined,
    queryFn: () =>
      dataOf(
        budgeting.GET('/money/governments/{governmentCode}/ledger', {
          params: { path: { governmentCode: governmentCode! }, query: { projectYear } },
        }),
      ),
  });
  const shortfalls = useQuery({
    queryKey: ['money', 'cofinancing', projectYear],
    queryFn: () => dataOf(budgeting.GET('/cofinancing', { params: { query: { projectYear, shortfallOnly: 'true' } } })),
  });
  const recoveries = useQuery({
    queryKey: ['recoveries', projectYear],
    queryFn: () => dataOf(budgeting.GET('/recoveries', { params: { query: { projectYear, status: 'proposed' } } })),
  });
  const totals = overview.data;
  return (
    <>
      <h1>Budget en geld</h1>
      <YearTabs projectYear={projectYear} to="/abb/geld" />
      <ErrorNotice error={overview.error ?? governments.error} />
      <section aria-labelledby="overzicht">
        <h2 id="overzicht">Overzicht projectjaar {projectYear}</h2>
        <dl className="vl-figures">
          {(
            [
              ['Budget', totals?.budgetCents],
              ['Vastgelegd', totals?.committedCents],
              ['Uitbetaald', totals?.paidCents],
              ['Vervallen', totals?.dueCents],
              ['Terug te vorderen', totals?.toBeRecoveredCents],
              ['Teruggevorderd', totals?.recoveredCents],
              ['Beschikbaar', totals?.availableCents],
            ] as const
          ).map(([label, cents]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{formatEuro(cents ?? 0)}</dd>
            </div>
          ))}
        </dl>
        {totals ? <p>Grootboek {totals.ledger.balanced ? 'in evenwicht' : 'niet in evenwicht'}.</p> : null}
        <p>
          <Link to="/abb/betalingen" search={{ jaar: projectYear }}>
            Naar de vervallen betalingen
          </Link>
        </p>
      </section>
      <section aria-labelledby="besturen">
        <h2 id="besturen">Per bestuur</h2>
        <div className="vl-table-wrapper">
          <table className="vl-table">
            <caption className="vl-visually-hidden">Geld per bestuur, projectjaar {projectYear}</caption>
            <thead>
              <tr>
                <th scope="col">Bestuur</th>
                <th scope="col" className="vl-table__numeric">
                  Vastgelegd
                </th>
                <th scope="col" className="vl-table__numeric">
                  Uitbetaald
                </th>
                <th scope="col" className="vl-table__numeric">
                  Nog te betalen
                </th>
                <th scope="col" className="vl-table__numeric">
                  Terug te vorderen
                </th>
                <th scope="col">Cofinanciering</th>
              </tr>
            </thead>
            <tbody>
              {(governments.data ?? []).map((row) => (
                <tr key={row.governmentCode}>
                  <th scope="row">
                    <Link to="/abb/geld" search={{ jaar: projectYear, bestuur: row.governmentCode }}>
                      {row.governmentCode}
                    </Link>
                  </th>
                  <td className="vl-table__numeric">{formatEuro(row.committedCents)}</td>
                  <td className="vl-table__numeric">{formatEuro(row.paidCents)}</td>
                  <td className="vl-table__numeric">{formatEuro(row.toBePaidCents)}</td>
                  <td className="vl-table__numeric">{formatEuro(row.toBeRecoveredCents)}</td>
                  <td>{{ covered: 'gedekt', shortfall: 'tekort', 'not-declared': 'niet aangegeven' }[row.cofinancingStatus]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {governmentCode === undefined ? null : (
        <section aria-labelledby="grootboek">
          <h2 id="grootboek">Grootboek van {governmentCode}</h2>
          <ErrorNotice error={ledger.error} />
          <div className="vl-table-wrapper">
            <table className="vl-table">
              <caption className="vl-visually-hidden">Boekingen van {governmentCode}</caption>
              <thead>
                <tr>
                  <th scope="col">Geboekt</th>
                  <th scope="col">Omschrijving</th>
                  <th scope="col">Rekening</th>
                  <th scope="col" className="vl-table__numeric">
                    Debet
                  </th>
                  <th scope="col" className="vl-table__numeric">
                    Credit
                  </th>
                </tr>
              </thead>
              <tbody>
                {(ledger.data?.transactions ?? []).flatMap((transaction) =>
                  transaction.entries.map((entry, index) => (
                    <tr key={`${transaction.transactionId}-${index}`}>
                      <td>{index === 0 ? formatDateTime(transaction.bookedAt) : ''}</td>
                      <td>{index === 0 ? transaction.description : ''}</td>
                      <td>{entry.account}</td>
                      <td className="vl-table__numeric">{entry.debitCents ? formatEuro(entry.debitCents) : ''}</td>
                      <td className="vl-table__numeric">{entry.creditCents ? formatEuro(entry.creditCents) : ''}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section aria-labelledby="tekorten">
        <h2 id="tekorten">Tekorten in cofinanciering</h2>
        <ErrorNotice error={shortfalls.error} />
        {(shortfalls.data ?? []).length === 0 ? (
          <p className="vl-hint">Geen tekorten.</p>
        ) : (
          <ul>
            {shortfalls.data!.map((row) => (
              <li key={row.governmentCode}>
                {`${row.governmentCode}: ${declared(row.status, row.declaredCents)} van ${formatEuro(row.obligationCents)}; `}
                tekort {formatEuro(row.shortfallCents)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="terugvorderingen">
        <h2 id="terugvorderingen">Voorstellen tot terugvordering</h2>
        <ErrorNotice error={recoveries.error} />
        {(recoveries.data ?? []).length === 0 ? (
          <p className="vl-hint">Geen voorstellen die op je beslissing wachten.</p>
        ) : (
          <div className="vl-table-wrapper">
            <table className="vl-table">
              <caption className="vl-visually-hidden">Voorstellen tot terugvordering</caption>
              <thead>
                <tr>
                  <th scope="col">Bestuur en indicator</th>
                  <th scope="col" className="vl-table__numeric">
                    Gerealiseerd / doel
                  </th>
                  <th scope="col" className="vl-table__numeric">
                    Subsidie
                  </th>
                  <th scope="col" className="vl-table__numeric">
                    Voorgesteld
                  </th>
                  <th scope="col">Lager bedrag (€)</th>
                  <th scope="col">Reden</th>
                  <th scope="col">Acties</th>
                </tr>
              </thead>
              <tbody>
                {recoveries.data!.map((recovery) => (
                  <RecoveryRow key={recovery.recoveryId} recovery={recovery} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
};
