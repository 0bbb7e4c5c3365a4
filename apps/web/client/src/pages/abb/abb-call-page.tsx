import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { applications, ApiError, dataOf } from '../../api/clients';
import type { components } from '../../api/generated/applications';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { formatDateTime, formatEuro, formatNumber } from '../../format';
import { Done, ErrorNotice, parseEuro, useAction } from './abb-shared';

type Application = components['schemas']['ApplicationResponse'];
type ProposedApplication = components['schemas']['ProposedApplicationView'];
type DecisionLine = components['schemas']['DecisionLineDto'];

const APPLICATION_STATUS: Record<Application['status'], string> = {
  draft: 'Ontwerp',
  submitted: 'Ingediend, wacht op beslissing',
  'decision-pending': 'Beslissing wacht op budgettering',
  decided: 'Beslist',
  'refused-by-budget': 'Geweigerd door budgettering',
};
const OUTCOME = { full: 'volledig', partial: 'gedeeltelijk', none: 'niet' } as const;

const governmentsQuery = { queryKey: ['governments'], queryFn: () => dataOf(applications.GET('/governments', {})) };

/** The decision of one application, once made: per line what was approved and awarded. */
const DecisionView = ({ applicationId }: { applicationId: string }) => {
  const decision = useQuery({
    queryKey: ['decision', applicationId],
    queryFn: () => dataOf(applications.GET('/applications/{id}/decision', { params: { path: { id: applicationId } } })),
    // A pending decision becomes final when budgeting has committed it.
    refetchInterval: (query) => (query.state.data?.status === 'decision-pending' ? 1000 : false),
  });
  if (decision.isError)
    return decision.error instanceof ApiError && decision.error.status === 404 ? null : <ErrorNotice error={decision.error} />;
  if (decision.data === undefined) return <p>Beslissing laden…</p>;
  const { data } = decision;
  return (
    <>
      <p>
        Beslissing (versie {data.revision}) van {formatDateTime(data.decidedAt)}: <strong>{formatEuro(data.totalCents)}</strong>
        {data.status === 'decision-pending' ? ', wacht op budgettering' : ''}
        {data.refusalReason ? `; geweigerd: ${data.refusalReason}` : ''}
      </p>
      <div className="vl-table-wrapper">
        <table className="vl-table">
          <caption className="vl-visually-hidden">Beslissing per lijn</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col" className="vl-table__numeric">
                Gevraagd extra
              </th>
              <th scope="col" className="vl-table__numeric">
                Goedgekeurd extra
              </th>
              <th scope="col" className="vl-table__numeric">
                Bedrag
              </th>
              <th scope="col">Reden</th>
            </tr>
          </thead>
          <tbody>
            {data.lines.map((line) => (
              <tr key={line.indicatorCode}>
                <th scope="row">{line.indicatorCode}</th>
                <td className="vl-table__numeric">{formatNumber(line.requestedAdditionalReach)}</td>
                <td className="vl-table__numeric">{formatNumber(line.approvedAdditionalReach)}</td>
                <td className="vl-table__numeric">{formatEuro(line.amountCents)}</td>
                <td>{line.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};

const stimulusText = (stimulus: { kind: string; actionNumber?: number; granted: boolean }): string =>
  `${stimulus.kind === 'mentorship' ? `mentorschap actie ${stimulus.actionNumber}` : 'samenwerking'} ` +
  (stimulus.granted ? 'toegekend' : 'niet toegekend');

interface LineDraft {
  approved: string;
  amount: string;
  reason: string;
}

/** One application beside its allocation proposal, line by line: decide as proposed, change lines, or reject. */
const ApplicationReview = ({ application, proposal, name }: { application: Application; proposal?: ProposedApplication; name: string }) => {
  const proposedLine = (code: string) => proposal?.lines.find((line) => line.indicatorCode === code);
  const [drafts, setDrafts] = useState<Record<string, LineDraft>>(() =>
    Object.fromEntries(
      application.lines.map((line) => [
        line.indicatorCode,
        {
          approved: String(proposedLine(line.indicatorCode)?.proposedAdditionalReach ?? line.additionalReach ?? 0),
          amount: '',
          reason: '',
        },
      ]),
    ),
  );
  const [rejectReason, setRejectReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = (code: string, field: keyof LineDraft, value: string) =>
    setDrafts((current) => ({ ...current, [code]: { ...current[code]!, [field]: value } }));
  const stimuli = (proposal?.stimuli ?? []).map((stimulus) => ({
    kind: stimulus.kind,
    ...(stimulus.actionNumber === null || stimulus.actionNumber === undefined ? {} : { actionNumber: stimulus.actionNumber }),
    ...(stimulus.partnerCode === null || stimulus.partnerCode === undefined ? {} : { partnerCode: stimulus.partnerCode }),
    granted: stimulus.outcome !== 'none',
  }));
  const decide = useAction(
    (lines: DecisionLine[]) =>
      dataOf(applications.POST('/applications/{id}/decision', { params: { path: { id: application.id } }, body: { lines, stimuli } })),
    ['applications', 'decision'],
  );
  const asProposed = (): DecisionLine[] =>
    application.lines.map((line) => ({
      indicatorCode: line.indicatorCode,
      approvedAdditionalReach: proposedLine(line.indicatorCode)?.proposedAdditionalReach ?? line.additionalReach ?? 0,
    }));
  const edited = (): DecisionLine[] | string => {
    const lines: DecisionLine[] = [];
    for (const line of application.lines) {
      const draft = drafts[line.indicatorCode]!;
      const approved = Number(draft.approved);
      if (!Number.isInteger(approved) || approved < 0)
        return `${line.indicatorCode}: het goedgekeurde aantal moet een geheel getal vanaf 0 zijn.`;
      const amountCents = draft.amount.trim() === '' ? undefined : parseEuro(draft.amount);
      if (draft.amount.trim() !== '' && amountCents === undefined) return `${line.indicatorCode}: het bedrag is geen bedrag in euro.`;
      const lowered = amountCents !== undefined || approved < (line.additionalReach ?? 0);
      if (lowered && draft.reason.trim() === '') return `${line.indicatorCode}: geef een reden voor het lagere aantal of bedrag.`;
      lines.push({
        indicatorCode: line.indicatorCode,
        approvedAdditionalReach: approved,
        ...(amountCents === undefined ? {} : { amountCents }),
        ...(draft.reason.trim() === '' ? {} : { reason: draft.reason.trim() }),
      });
    }
    return lines;
  };
  const run = (lines: DecisionLine[] | string) => {
    if (typeof lines === 'string') return setProblem(lines);
    setProblem(null);
    decide.mutate(lines);
  };
  const headingId = `aanvraag-${application.id}`;
  const open = application.status === 'submitted';
  return (
    <section aria-labelledby={headingId} className="vl-card">
      <h2 id={headingId}>
        Aanvraag {name} ({application.governmentCode})
      </h2>
      <p>
        Status: <strong>{APPLICATION_STATUS[application.status]}</strong>. Gevraagd:{' '}
        {formatEuro(application.requested.linesCents + application.requested.stimuliCents)}
        {proposal ? `; voorgesteld: ${formatEuro(proposal.linesCents + proposal.stimuliCents)}` : ''}.
      </p>
      {open ? (
        <>
          <div className="vl-table-wrapper">
            <table className="vl-table">
              <caption className="vl-visually-hidden">Aanvraag {name} per lijn naast het toewijzingsvoorstel</caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col" className="vl-table__numeric">
                    Huidig bereik
                  </th>
                  <th scope="col" className="vl-table__numeric">
                    Gevraagd extra
                  </th>
                  <th scope="col" className="vl-table__numeric">
                    Voorgesteld extra
                  </th>
                  <th scope="col" className="vl-table__numeric">
                    Voorgesteld bedrag
                  </th>
                  <th scope="col">Voorstel</th>
                  <th scope="col">Goedgekeurd extra</th>
                  <th scope="col">Lager bedrag (€)</th>
                  <th scope="col">Reden</th>
                </tr>
              </thead>
              <tbody>
                {application.lines.map((line) => {
                  const proposed = proposedLine(line.indicatorCode);
                  const draft = drafts[line.indicatorCode]!;
                  return (
                    <tr key={line.indicatorCode}>
                      <th scope="row">{line.indicatorCode}</th>
                      <td className="vl-table__numeric">{formatNumber(line.currentReach)}</td>
                      <td className="vl-table__numeric">{formatNumber(line.additionalReach)}</td>
                      <td className="vl-table__numeric">{formatNumber(proposed?.proposedAdditionalReach)}</td>
                      <td className="vl-table__numeric">{formatEuro(proposed?.proposedCents)}</td>
                      <td>{proposed ? `${OUTCOME[proposed.outcome]}: ${proposed.reason}` : 'geen voorstel'}</td>
                      <td>
                        <input
                          aria-label={`Goedgekeurd extra bereik ${line.indicatorCode}, ${name}`}
                          inputMode="numeric"
                          value={draft.approved}
                          onChange={(event) => change(line.indicatorCode, 'approved', event.target.value)}
                        />
                      </td>
                      <td>
                        <input
                          aria-label={`Lager bedrag in euro ${line.indicatorCode}, ${name}`}
                          inputMode="decimal"
                          value={draft.amount}
                          onChange={(event) => change(line.indicatorCode, 'amount', event.target.value)}
                        />
                      </td>
                      <td>
                        <input
                          aria-label={`Reden ${line.indicatorCode}, ${name}`}
                          value={draft.reason}
                          onChange={(event) => change(line.indicatorCode, 'reason', event.target.value)}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {stimuli.length > 0 ? <p className="vl-hint">Stimuli zoals voorgesteld: {stimuli.map(stimulusText).join(', ')}.</p> : null}
          <div className="vl-actions">
            <Button onPress={() => run(asProposed())} isDisabled={decide.isPending || proposal === undefined}>
              Beslissen zoals voorgesteld<span className="vl-visually-hidden">: {name}</span>
            </Button>
            <Button variant="secondary" onPress={() => run(edited())} isDisabled={decide.isPending}>
              Beslissing met aanpassingen vastleggen<span className="vl-visually-hidden">: {name}</span>
            </Button>
          </div>
          <div className="vl-actions">
            <TextField label={`Reden van afwijzing (${name})`} value={rejectReason} onChange={setRejectReason} />
            <Button
              variant="secondary"
              isDisabled={decide.isPending}
              onPress={() =>
                run(
                  rejectReason.trim() === ''
                    ? 'Geef een reden van afwijzing.'
                    : application.lines.map((line) => ({
                        indicatorCode: line.indicatorCode,
                        approvedAdditionalReach: 0,
                        reason: rejectReason.trim(),
                      })),
                )
              }
            >
              Aanvraag afwijzen<span className="vl-visually-hidden">: {name}</span>
            </Button>
          </div>
          {problem === null ? null : (
            <p role="alert" className="vl-alert">
              {problem}
            </p>
          )}
          <ErrorNotice error={decide.error} />
        </>
      ) : null}
      {decide.isSuccess ? <Done>De beslissing voor {name} is vastgelegd; budgettering legt het bedrag vast.</Done> : null}
      {['decided', 'decision-pending', 'refused-by-budget'].includes(application.status) || decide.isSuccess ? (
        <DecisionView applicationId={application.id} />
      ) : null}
    </section>
  );
};

/** One call: its applications, each beside budgeting's allocation proposal once the call is closed. */
export const AbbCallPage = ({ callId }: { callId: string }) => {
  const call = useQuery({
    queryKey: ['calls', callId],
    queryFn: () => dataOf(applications.GET('/calls/{callId}', { params: { path: { callId } } })),
  });
  const list = useQuery({
    queryKey: ['applications', callId],
    queryFn: () => dataOf(applications.GET('/applications', { params: { query: { callId } } })),
    refetchInterval: (query) => (query.state.data?.some((application) => application.status === 'decision-pending') ? 1000 : false),
  });
  const proposal = useQuery({
    queryKey: ['proposal', callId],
    enabled: call.data?.status === 'closed',
    queryFn: () => dataOf(applications.GET('/calls/{callId}/proposal', { params: { path: { callId } } })),
    // The proposal arrives from budgeting shortly after the close.
    retry: (count, error) => error instanceof ApiError && error.status === 404 && count < 30,
    retryDelay: 1000,
  });
  const governments = useQuery(governmentsQuery);
  const nameOf = (code: string) => governments.data?.find((government) => government.code === code)?.name ?? code;
  const decideAll = useAction(
    () => dataOf(applications.POST('/calls/{callId}/decide-as-proposed', { params: { path: { callId } }, body: {} })),
    ['applications', 'decision'],
  );
  const submitted = (list.data ?? []).filter((application) => application.status !== 'draft');
  return (
    <>
      <p>
        <Link to="/abb/oproepen">Terug naar de oproepen</Link>
      </p>
      <h1>{call.data?.title ?? 'Oproep'}</h1>
      <ErrorNotice error={call.error ?? list.error} />
      {call.data ? (
        <p>
          Projectjaar {call.data.projectYear}, {call.data.status === 'open' ? 'open' : 'gesloten'}; sluit{' '}
          {formatDateTime(call.data.closesAt)}. {submitted.length} ingediende aanvragen.
        </p>
      ) : null}
      {call.data?.status === 'open' ? (
        <p>Na het sluiten van de oproep maakt budgettering een toewijzingsvoorstel; daarna kan je beslissen.</p>
      ) : null}
      {proposal.data ? (
        <section aria-labelledby="voorstel" className="vl-card">
          <h2 id="voorstel">Toewijzingsvoorstel</h2>
          <dl className="vl-figures">
            <div>
              <dt>Budget</dt>
              <dd>{formatEuro(proposal.data.budgetCents)}</dd>
            </div>
            <div>
              <dt>Beschikbaar</dt>
              <dd>{formatEuro(proposal.data.availableCents)}</dd>
            </div>
            <div>
              <dt>Gevraagd</dt>
              <dd>{formatEuro(proposal.data.requestedCents)}</dd>
            </div>
            <div>
              <dt>Voorgesteld</dt>
              <dd>{formatEuro(proposal.data.linesCents + proposal.data.stimuliCents)}</dd>
            </div>
          </dl>
          <p className="vl-hint">Regel: {proposal.data.rule}</p>
          <Button onPress={() => decideAll.mutate(undefined)} isDisabled={decideAll.isPending}>
            Alle open aanvragen beslissen zoals voorgesteld
          </Button>
          <ErrorNotice error={decideAll.error} />
          {decideAll.isSuccess ? (
            <Done>
              {decideAll.data.decided.length} aanvragen beslist zoals voorgesteld
              {decideAll.data.skipped.length > 0 ? `; ${decideAll.data.skipped.length} overgeslagen` : ''}.
            </Done>
          ) : null}
        </section>
      ) : call.data?.status === 'closed' && proposal.isPending ? (
        <p role="status">Het toewijzingsvoorstel wordt opgehaald…</p>
      ) : null}
      {submitted.map((application) => (
        <ApplicationReview
          key={`${application.id}-${proposal.data?.proposalId ?? ''}`}
          application={application}
          proposal={proposal.data?.applications.find((candidate) => candidate.applicationId === application.id)}
          name={nameOf(application.governmentCode)}
        />
      ))}
    </>
  );
};
