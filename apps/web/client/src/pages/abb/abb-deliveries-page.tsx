import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { dataOf, notifications } from '../../api/clients';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../format';
import { ErrorNotice } from './abb-shared';
import { KIND_NAMES } from './template-kinds';

const STATUS = { queued: 'in de wachtrij', sending: 'wordt verstuurd', sent: 'verstuurd', failed: 'mislukt' } as const;
const CHANNEL = { email: 'e-mail', inbox: 'inbox' } as const;

/** What the platform sent to whom and whether it arrived: the newest 200 delivery records, per government if asked. */
export const AbbDeliveriesPage = () => {
  const [governmentCode, setGovernmentCode] = useState('');
  const code = /^\d{5}$/.test(governmentCode.trim()) ? governmentCode.trim() : undefined;
  const deliveries = useQuery({
    queryKey: ['deliveries', code],
    queryFn: () => dataOf(notifications.GET('/deliveries', { params: { query: code === undefined ? {} : { governmentCode: code } } })),
  });
  return (
    <>
      <h1>Verzonden berichten</h1>
      <TextField
        label="Bestuur (NIS-code)"
        description="Vijf cijfers, bijvoorbeeld 44021; leeg voor alle besturen"
        value={governmentCode}
        onChange={setGovernmentCode}
      />
      <ErrorNotice error={deliveries.error} />
      {deliveries.isPending ? <p>Berichten laden…</p> : null}
      <div className="vl-table-wrapper">
        <table className="vl-table">
          <caption className="vl-visually-hidden">Verzonden berichten, de nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Aangemaakt</th>
              <th scope="col">Soort</th>
              <th scope="col">Bestuur</th>
              <th scope="col">Kanaal en ontvanger</th>
              <th scope="col">Onderwerp</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {(deliveries.data ?? []).map((delivery) => (
              <tr key={delivery.id}>
                <td>{formatDateTime(delivery.createdAt)}</td>
                <td>{KIND_NAMES[delivery.kind]}</td>
                <td>{delivery.governmentCode ?? 'ABB'}</td>
                <td>
                  {CHANNEL[delivery.channel]}: {delivery.recipient}
                </td>
                <td>{delivery.subject}</td>
                <td>
                  {STATUS[delivery.status]}
                  {delivery.sentAt ? ` op ${formatDateTime(delivery.sentAt)}` : ''}
                  {delivery.failureReason ? ` (${delivery.failureReason}, ${delivery.attempts} pogingen)` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {deliveries.isSuccess && deliveries.data.length === 0 ? <p className="vl-table__empty">Nog geen berichten.</p> : null}
      </div>
    </>
  );
};
