import { useQuery } from '@tanstack/react-query';
import { applications, dataOf } from '../../api/clients';
import type { components } from '../../api/generated/applications';
import { DataTable, type TableColumn } from '../../components/data-table';
import { formatNumber } from '../../format';
import { formatEuro } from './euro';

type Line = components['schemas']['DecidedLineView'];

const lineColumns: TableColumn<Line>[] = [
  { id: 'indicator', title: 'Indicator', render: (line) => line.indicatorCode },
  { id: 'current', title: 'Huidig bereik', numeric: true, render: (line) => formatNumber(line.currentReach) },
  { id: 'approved', title: 'Goedgekeurd bijkomend bereik', numeric: true, render: (line) => formatNumber(line.approvedAdditionalReach) },
  { id: 'target', title: 'Doel', numeric: true, render: (line) => formatNumber(line.target) },
  { id: 'amount', title: 'Subsidie', numeric: true, render: (line) => formatEuro(line.amountCents) },
];

const Award = ({ applicationId, projectYear }: { applicationId: string; projectYear: number }) => {
  const decision = useQuery({
    queryKey: ['decision', applicationId],
    queryFn: () => dataOf(applications.GET('/applications/{id}/decision', { params: { path: { id: applicationId } } })),
  });
  if (decision.error) return <p role="alert">De beslissing is nu niet beschikbaar: {decision.error.message}</p>;
  if (decision.data?.status !== 'decided') return null;
  const granted = decision.data.stimuli.filter((stimulus) => stimulus.granted);
  return (
    <>
      <p>
        Toegekend voor projectjaar {projectYear}: <strong>{formatEuro(decision.data.totalCents)}</strong> (acties{' '}
        {formatEuro(decision.data.linesCents)}
        {granted.length > 0 ? `, stimulansen ${formatEuro(decision.data.stimuliCents)}` : ''}), beslist op{' '}
        {decision.data.decidedAt ? new Date(decision.data.decidedAt).toLocaleDateString('nl-BE') : '–'}.
      </p>
      <DataTable
        label={`Toekenning per indicator, projectjaar ${projectYear}`}
        columns={lineColumns}
        rows={decision.data.lines}
        rowKey={(line) => line.indicatorCode}
        empty="Geen lijnen."
      />
    </>
  );
};

/** The government's award: the decision in force on its application of the project year. */
export const AwardSection = ({ governmentCode, projectYear }: { governmentCode: string; projectYear: number }) => {
  const list = useQuery({ queryKey: ['applications'], queryFn: () => dataOf(applications.GET('/applications')) });
  const decided = (list.data ?? []).filter(
    (application) =>
      application.governmentCode === governmentCode && application.projectYear === projectYear && application.status === 'decided',
  );
  return (
    <section aria-labelledby="toekenning">
      <h2 id="toekenning">Toekenning</h2>
      {list.error ? <p role="alert">De aanvragen zijn nu niet beschikbaar: {list.error.message}</p> : null}
      {list.data && decided.length === 0 ? <p>Voor dit projectjaar is er nog geen beslissing.</p> : null}
      {decided.map((application) => (
        <Award key={application.id} applicationId={application.id} projectYear={projectYear} />
      ))}
    </section>
  );
};
