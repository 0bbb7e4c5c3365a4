import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { applications, dataOf } from '../../api/clients';
import type { components } from '../../api/generated/applications';
import { Button } from '../../components/button';
import { DataTable, type TableColumn } from '../../components/data-table';
import { CheckedField, Notice } from '../../components/form-fields';
import { formatNumber } from '../../format';
import { formatDateTime } from './report-page';

type Application = components['schemas']['ApplicationResponse'];
type Amendment = components['schemas']['AmendmentResponse'];

const AMENDMENT_NAMES: Record<string, string> = {
  requested: 'Aangevraagd',
  accepted: 'Aanvaard',
  rejected: 'Geweigerd',
  committed: 'Vastgelegd',
  'refused-by-budget': 'Geweigerd door het budget',
};

const amendmentColumns: TableColumn<Amendment>[] = [
  { id: 'requested', title: 'Aangevraagd op', render: (amendment) => formatDateTime(amendment.requestedAt) },
  {
    id: 'lines',
    title: 'Nieuw goedgekeurd bereik',
    render: (amendment) => amendment.lines.map((line) => `${line.indicatorCode}: ${formatNumber(line.approvedAdditionalReach)}`).join(', '),
  },
  { id: 'reason', title: 'Reden', render: (amendment) => amendment.reason },
  { id: 'status', title: 'Status', render: (amendment) => AMENDMENT_NAMES[amendment.status] ?? amendment.status },
  { id: 'comment', title: 'Antwoord van ABB', render: (amendment) => amendment.comment ?? '–' },
];

const WHOLE = /^\d+$/;

const ApplicationAmendments = ({ application }: { application: Application }) => {
  const queryClient = useQueryClient();
  const decision = useQuery({
    queryKey: ['decision', application.id],
    queryFn: () => dataOf(applications.GET('/applications/{id}/decision', { params: { path: { id: application.id } } })),
  });
  const amendments = useQuery({
    queryKey: ['amendments', application.id],
    queryFn: () => dataOf(applications.GET('/applications/{id}/amendments', { params: { path: { id: application.id } } })),
  });
  const [reaches, setReaches] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const lines = decision.data?.lines ?? [];
  const changed = lines.filter((line) => (reaches[line.indicatorCode] ?? '').trim() !== '');
  const lineError = (code: string): string | undefined => {
    const value = (reaches[code] ?? '').trim();
    return value !== '' && !WHOLE.test(value) ? 'Vul een geheel getal van 0 of meer in.' : undefined;
  };
  const errors = lines.some((line) => lineError(line.indicatorCode) !== undefined) || changed.length === 0 || reason.trim() === '';
  const request = useMutation({
    mutationFn: () =>
      dataOf(
        applications.POST('/applications/{id}/amendments', {
          params: { path: { id: application.id } },
          body: {
            reason: reason.trim(),
            lines: changed.map((line) => ({
              indicatorCode: line.indicatorCode,
              approvedAdditionalReach: Number(reaches[line.indicatorCode]),
            })),
          },
        }),
      ),
    onSuccess: () => {
      setReaches({});
      setReason('');
      setTouched(false);
      void queryClient.invalidateQueries({ queryKey: ['amendments', application.id] });
    },
  });
  if (decision.error) return <Notice kind="error">De beslissing is nu niet beschikbaar: {decision.error.message}</Notice>;
  if (decision.data?.status !== 'decided') return null;
  return (
    <section className="vl-card" aria-label={`Aanvraag projectjaar ${application.projectYear}`}>
      <h2>Aanvraag projectjaar {application.projectYear}</h2>
      <DataTable
        label={`Wijzigingsaanvragen, projectjaar ${application.projectYear}`}
        columns={amendmentColumns}
        rows={amendments.data ?? []}
        rowKey={(amendment) => amendment.id}
        empty="Nog geen wijziging aangevraagd."
      />
      <form
        aria-label={`Wijziging aanvragen, projectjaar ${application.projectYear}`}
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!errors) request.mutate();
        }}
      >
        <h3>Wijziging aanvragen</h3>
        <p className="vl-hint">Vul alleen in wat verandert: het nieuwe goedgekeurde bijkomende bereik per indicator.</p>
        <div className="vl-form-grid">
          {lines.map((line) => (
            <CheckedField
              key={line.indicatorCode}
              label={`${line.indicatorCode}: nieuw bijkomend bereik (nu ${formatNumber(line.approvedAdditionalReach)})`}
              value={reaches[line.indicatorCode] ?? ''}
              inputMode="numeric"
              onChange={(value) => setReaches((current) => ({ ...current, [line.indicatorCode]: value }))}
              error={lineError(line.indicatorCode)}
            />
          ))}
        </div>
        {touched && changed.length === 0 ? <Notice kind="error">Vul minstens één indicator in die verandert.</Notice> : null}
        <CheckedField
          label="Reden van de wijziging"
          multiline
          value={reason}
          onChange={setReason}
          error={touched && reason.trim() === '' ? 'Zeg waarom het bereik verandert.' : undefined}
        />
        <Button type="submit" isDisabled={request.isPending}>
          Wijziging aanvragen
        </Button>
        {request.error ? <Notice kind="error">De aanvraag werd niet aanvaard: {request.error.message}</Notice> : null}
        {request.isSuccess ? <Notice kind="success">Je wijzigingsaanvraag is ingediend; ABB beoordeelt ze.</Notice> : null}
      </form>
    </section>
  );
};

/** The officer asks ABB to change the approved reach of its decided applications, and follows up on earlier requests. */
export const AmendmentsPage = ({ governmentCode }: { governmentCode: string }) => {
  const list = useQuery({ queryKey: ['applications'], queryFn: () => dataOf(applications.GET('/applications')) });
  const decided = (list.data ?? []).filter(
    (application) => application.governmentCode === governmentCode && application.status === 'decided',
  );
  return (
    <>
      <h1>Wijzigingsaanvragen van bestuur {governmentCode}</h1>
      {list.error ? <Notice kind="error">De aanvragen zijn nu niet beschikbaar: {list.error.message}</Notice> : null}
      {list.data && decided.length === 0 ? <p>Er is nog geen beslissing waarvan je een wijziging kan aanvragen.</p> : null}
      {decided.map((application) => (
        <ApplicationAmendments key={application.id} application={application} />
      ))}
    </>
  );
};
