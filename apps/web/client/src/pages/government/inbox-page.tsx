import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, doneOf, notifications } from '../../api/clients';
import type { components } from '../../api/generated/notifications';
import { Button } from '../../components/button';
import { Checkbox, Notice } from '../../components/form-fields';
import { formatDateTime } from './report-page';
import { CHANNEL_NAMES, NOTICE_NAMES } from './notice-names';

type Preference = components['schemas']['PreferenceResponse'];

const Preferences = ({ governmentCode }: { governmentCode: string }) => {
  const queryClient = useQueryClient();
  const preferences = useQuery({
    queryKey: ['preferences', governmentCode],
    queryFn: () => dataOf(notifications.GET('/preferences', { params: { query: { governmentCode } } })),
  });
  const change = useMutation({
    mutationFn: (preference: Pick<Preference, 'kind' | 'channel' | 'enabled'>) =>
      dataOf(notifications.PUT('/preferences', { body: { governmentCode, preferences: [preference] } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['preferences', governmentCode] }),
  });
  const kinds = [...new Set((preferences.data ?? []).map((preference) => preference.kind))];
  return (
    <section aria-labelledby="voorkeuren">
      <h2 id="voorkeuren">Meldingsvoorkeuren</h2>
      <p className="vl-hint">Achterstand, risico en te late rapporten krijg je altijd: die kan je niet uitschakelen.</p>
      {preferences.error ? <Notice kind="error">De voorkeuren zijn nu niet beschikbaar: {preferences.error.message}</Notice> : null}
      {change.error ? <Notice kind="error">De voorkeur werd niet gewijzigd: {change.error.message}</Notice> : null}
      {change.isSuccess ? <Notice kind="success">Voorkeur bewaard.</Notice> : null}
      {kinds.map((kind) => (
        <fieldset key={kind} className="vl-card">
          <legend>{NOTICE_NAMES[kind] ?? kind}</legend>
          {(preferences.data ?? [])
            .filter((preference) => preference.kind === kind)
            .map((preference) => (
              <div key={preference.channel}>
                <Checkbox
                  isSelected={preference.enabled}
                  isDisabled={preference.critical || change.isPending}
                  onChange={(enabled) => change.mutate({ kind: preference.kind, channel: preference.channel, enabled })}
                >
                  {CHANNEL_NAMES[preference.channel] ?? preference.channel}: {NOTICE_NAMES[kind] ?? kind}
                  {preference.critical ? ' (altijd aan)' : ''}
                </Checkbox>
              </div>
            ))}
        </fieldset>
      ))}
    </section>
  );
};

/** The officer's messages, newest first, and which messages reach it over which channel. */
export const InboxPage = ({ governmentCode }: { governmentCode: string }) => {
  const queryClient = useQueryClient();
  const inbox = useQuery({
    queryKey: ['inbox', governmentCode],
    queryFn: () => dataOf(notifications.GET('/inbox', { params: { query: { governmentCode } } })),
  });
  const read = useMutation({
    mutationFn: (id: string) => doneOf(notifications.POST('/inbox/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inbox', governmentCode] }),
  });
  const items = inbox.data ?? [];
  const unread = items.filter((item) => item.readAt === null).length;
  return (
    <>
      <h1>Berichten van bestuur {governmentCode}</h1>
      {inbox.error ? <Notice kind="error">De berichten zijn nu niet beschikbaar: {inbox.error.message}</Notice> : null}
      {inbox.isPending ? <p>Berichten laden…</p> : <p>{unread === 1 ? '1 ongelezen bericht' : `${unread} ongelezen berichten`}.</p>}
      {inbox.data && items.length === 0 ? <p>Je hebt nog geen berichten.</p> : null}
      <ul aria-label="Berichten" className="vl-inbox vl-card-list">
        {items.map((item) => (
          <li key={item.id} className="vl-card">
            <h2 className={item.readAt === null ? 'vl-inbox__unread' : undefined}>
              {item.subject}
              {item.readAt === null ? ' (ongelezen)' : ''}
            </h2>
            <p className="vl-hint">
              {NOTICE_NAMES[item.kind] ?? item.kind} · {formatDateTime(item.createdAt)}
            </p>
            <p style={{ whiteSpace: 'pre-line' }}>{item.body}</p>
            {item.readAt === null ? (
              <Button variant="secondary" onPress={() => read.mutate(item.id)} aria-label={`Markeer als gelezen: ${item.subject}`}>
                Markeer als gelezen
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <Preferences governmentCode={governmentCode} />
    </>
  );
};
