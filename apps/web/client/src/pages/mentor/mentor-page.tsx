import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { applications, dataOf, doneOf, mentorships } from '../../api/clients';
import type { components } from '../../api/generated/mentorships';
import { Button } from '../../components/button';
import { DataTable, type TableColumn } from '../../components/data-table';
import { CheckedField, Notice } from '../../components/form-fields';
import { formatNumber } from '../../format';
import { MEMBERSHIP_NAMES } from '../government/networks-page';
import { formatDateTime } from '../government/report-page';
import { emptySessionForm, localInputOf, sessionFormErrors, sessionPlan, type SessionForm } from './session-plan';

type Session = components['schemas']['SessionResponse'];
type Member = components['schemas']['MemberProgressResponse'];
type CatchUp = components['schemas']['CatchUpResponse'];
type Membership = components['schemas']['MembershipResponse'];

export const STATUS_NAMES: Record<string, string> = {
  'not-reported': 'Niet gerapporteerd',
  lagging: 'Achterstand',
  'at-risk': 'Risico',
  'on-track': 'Op schema',
  achieved: 'Behaald',
};

const memberColumns: TableColumn<Member>[] = [
  { id: 'government', title: 'Bestuur', render: (member) => member.governmentCode },
  { id: 'status', title: 'Status', render: (member) => STATUS_NAMES[member.status ?? ''] ?? '–' },
  {
    id: 'figures',
    title: 'Doel en gerealiseerd',
    render: (member) =>
      (member.indicators ?? []).length === 0
        ? '–'
        : (member.indicators ?? [])
            .map((indicator) => `${indicator.indicatorCode}: ${formatNumber(indicator.realised)} van ${formatNumber(indicator.target)}`)
            .join('; '),
  },
  { id: 'attended', title: 'Sessies bijgewoond', numeric: true, render: (member) => formatNumber(member.sessionsAttended) },
];

const catchUpColumns: TableColumn<CatchUp>[] = [
  { id: 'government', title: 'Bestuur', render: (row) => row.governmentCode },
  { id: 'atJoin', title: 'Bij toetreding', render: (row) => STATUS_NAMES[row.statusAtJoin ?? ''] ?? '–' },
  { id: 'now', title: 'Nu', render: (row) => STATUS_NAMES[row.statusNow ?? ''] ?? '–' },
  { id: 'caughtUp', title: 'Ingehaald', render: (row) => (row.caughtUp ? `Ja, op ${formatDateTime(row.caughtUpAt)}` : 'Nog niet') },
];

const membershipColumns: TableColumn<Membership>[] = [
  { id: 'government', title: 'Bestuur', render: (row) => row.governmentCode },
  { id: 'state', title: 'Stand', render: (row) => MEMBERSHIP_NAMES[row.state] ?? row.state },
  { id: 'invited', title: 'Uitgenodigd', render: (row) => formatDateTime(row.invitedAt) },
  { id: 'joined', title: 'Lid sinds', render: (row) => formatDateTime(row.joinedAt) },
];

const SessionFormFields = ({
  form,
  onChange,
  errors,
  idPrefix,
}: {
  form: SessionForm;
  onChange(form: SessionForm): void;
  errors: Partial<Record<keyof SessionForm, string>>;
  idPrefix: string;
}) => {
  const field = (
    name: keyof SessionForm,
    label: string,
    extra: { type?: 'datetime-local' | 'url'; multiline?: boolean; description?: string } = {},
  ) => (
    <CheckedField
      key={`${idPrefix}-${name}`}
      label={label}
      value={form[name]}
      onChange={(value) => onChange({ ...form, [name]: value })}
      error={errors[name]}
      {...extra}
    />
  );
  return (
    <div className="vl-form-grid">
      {field('title', 'Titel')}
      {field('theme', 'Thema')}
      {field('startsAt', 'Begin', { type: 'datetime-local' })}
      {field('endsAt', 'Einde', { type: 'datetime-local' })}
      {field('place', 'Plaats')}
      {field('onlineLink', 'Onlinelink', { type: 'url', description: 'https://…' })}
      {field('capacity', 'Aantal plaatsen')}
      {field('agenda', 'Agenda', { multiline: true })}
      {field('materials', 'Materiaal (links, gescheiden door spaties)', { multiline: true })}
    </div>
  );
};

const formOf = (session: Session): SessionForm => ({
  title: session.title,
  theme: session.theme ?? '',
  startsAt: localInputOf(session.startsAt),
  endsAt: localInputOf(session.endsAt),
  place: session.place ?? '',
  onlineLink: session.onlineLink ?? '',
  agenda: session.agenda ?? '',
  capacity: String(session.capacity),
  materials: session.materials.join(' '),
});

/** A new session starts from the programme's now (sessions run on programme time), so the form waits for it. */
const PlanSession = ({ networkId, session, onDone }: { networkId: string; session?: Session; onDone(): void }) => {
  const clock = useQuery({ queryKey: ['programme-clock'], queryFn: () => dataOf(applications.GET('/programme-clock')) });
  if (session) return <SessionEditor networkId={networkId} session={session} onDone={onDone} start={formOf(session)} />;
  if (clock.error) return <Notice kind="error">De programmadatum is nu niet beschikbaar: {clock.error.message}</Notice>;
  if (clock.data === undefined) return <p>Programmadatum laden…</p>;
  const now = clock.data.now;
  const start = emptySessionForm(localInputOf(now), localInputOf(new Date(new Date(now).getTime() + 3 * 3600_000).toISOString()));
  return <SessionEditor networkId={networkId} onDone={onDone} start={start} />;
};

const SessionEditor = ({
  networkId,
  session,
  onDone,
  start,
}: {
  networkId: string;
  session?: Session;
  onDone(): void;
  start: SessionForm;
}) => {
  const [form, setForm] = useState<SessionForm>(start);
  const [touched, setTouched] = useState(false);
  const errors = sessionFormErrors(form, session?.registered ?? 0);
  const save = useMutation({
    mutationFn: () =>
      session
        ? dataOf(
            mentorships.PUT('/networks/{networkId}/sessions/{sessionId}', {
              params: { path: { networkId, sessionId: session.id } },
              body: sessionPlan(form),
            }),
          )
        : dataOf(mentorships.POST('/networks/{networkId}/sessions', { params: { path: { networkId } }, body: sessionPlan(form) })),
    onSuccess: onDone,
  });
  const label = session ? `Sessie ${session.title} wijzigen` : 'Sessie plannen';
  return (
    <form
      aria-label={label}
      className="vl-card"
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (Object.keys(errors).length === 0) save.mutate();
      }}
    >
      <h3>{label}</h3>
      <SessionFormFields form={form} onChange={setForm} errors={touched ? errors : {}} idPrefix={session?.id ?? 'nieuw'} />
      <Button type="submit" isDisabled={save.isPending}>
        {session ? 'Wijziging bewaren' : 'Sessie plannen'}
      </Button>
      {save.error ? <Notice kind="error">De sessie werd niet bewaard: {save.error.message}</Notice> : null}
    </form>
  );
};

const SessionItem = ({ networkId, session, members }: { networkId: string; session: Session; members: string[] }) => {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['sessions', networkId] });
    void queryClient.invalidateQueries({ queryKey: ['network', networkId] });
  };
  const cancel = useMutation({
    mutationFn: () =>
      doneOf(mentorships.DELETE('/networks/{networkId}/sessions/{sessionId}', { params: { path: { networkId, sessionId: session.id } } })),
    onSuccess: refresh,
  });
  const attend = useMutation({
    mutationFn: (governmentCode: string) =>
      dataOf(
        mentorships.PUT('/networks/{networkId}/sessions/{sessionId}/attendance/{governmentCode}', {
          params: { path: { networkId, sessionId: session.id, governmentCode } },
        }),
      ),
    onSuccess: refresh,
  });
  const registered = new Map(session.registrations.map((registration) => [registration.governmentCode, registration]));
  const cancelled = session.state === 'cancelled';
  return (
    <li className="vl-card">
      <h3>
        {session.title}
        {cancelled ? ' (geannuleerd)' : ''}
      </h3>
      <p>
        {formatDateTime(session.startsAt)} tot {formatDateTime(session.endsAt)} · {session.place ?? session.onlineLink} ·{' '}
        {session.registered} van {session.capacity} plaatsen
      </p>
      {!cancelled && session.attendanceCode ? (
        <p>
          Aanwezigheidscode: <strong>{session.attendanceCode}</strong> (geldig zolang de sessie loopt)
        </p>
      ) : null}
      {!cancelled ? (
        <div className="vl-actions">
          <Button variant="secondary" onPress={() => setEditing((current) => !current)}>
            {editing ? 'Wijzigen sluiten' : `Wijzigen: ${session.title}`}
          </Button>
          <Button variant="secondary" onPress={() => cancel.mutate()} isDisabled={cancel.isPending}>
            {`Annuleren: ${session.title}`}
          </Button>
        </div>
      ) : null}
      {cancel.error ? <Notice kind="error">Annuleren lukte niet: {cancel.error.message}</Notice> : null}
      {editing ? <PlanSession networkId={networkId} session={session} onDone={() => (setEditing(false), refresh())} /> : null}
      {!cancelled && members.length > 0 ? (
        <table className="vl-table">
          <caption>Aanwezigheid, {session.title}</caption>
          <thead>
            <tr>
              <th scope="col">Bestuur</th>
              <th scope="col">Ingeschreven</th>
              <th scope="col">Aanwezig</th>
            </tr>
          </thead>
          <tbody>
            {members.map((governmentCode) => {
              const registration = registered.get(governmentCode);
              return (
                <tr key={governmentCode}>
                  <th scope="row">{governmentCode}</th>
                  <td>{registration ? 'Ja' : 'Nee'}</td>
                  <td>
                    {registration?.attendedAt ? (
                      `Ja (${registration.attendanceRecordedBy === 'code' ? 'met de code' : 'door de mentor'})`
                    ) : (
                      <Button variant="secondary" onPress={() => attend.mutate(governmentCode)} isDisabled={attend.isPending}>
                        {`Aanwezig: ${governmentCode}`}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {attend.error ? <Notice kind="error">De aanwezigheid werd niet geregistreerd: {attend.error.message}</Notice> : null}
    </li>
  );
};

/** The mentor's learning network: members' progress and catch-up, whom to invite, sessions and their attendance. */
export const MentorPage = ({ networkId, networkIds }: { networkId: string; networkIds: string[] }) => {
  const queryClient = useQueryClient();
  const path = { networkId };
  const page = useQuery({
    queryKey: ['network', networkId],
    queryFn: () => dataOf(mentorships.GET('/networks/{networkId}', { params: { path } })),
  });
  const members = useQuery({
    queryKey: ['members', networkId],
    queryFn: () => dataOf(mentorships.GET('/networks/{networkId}/members', { params: { path } })),
  });
  const suggestions = useQuery({
    queryKey: ['suggestions', networkId],
    queryFn: () => dataOf(mentorships.GET('/networks/{networkId}/suggestions', { params: { path } })),
  });
  const sessions = useQuery({
    queryKey: ['sessions', networkId],
    queryFn: () => dataOf(mentorships.GET('/networks/{networkId}/sessions', { params: { path } })),
  });
  const [planning, setPlanning] = useState(false);
  const invite = useMutation({
    mutationFn: (governmentCode: string) =>
      dataOf(mentorships.POST('/networks/{networkId}/invitations', { params: { path }, body: { governmentCode } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['members', networkId] });
      void queryClient.invalidateQueries({ queryKey: ['suggestions', networkId] });
    },
  });
  const error = page.error ?? members.error ?? suggestions.error ?? sessions.error;
  const network = page.data?.network;
  const known = new Set((members.data ?? []).filter((row) => ['invited', 'member'].includes(row.state)).map((row) => row.governmentCode));
  const currentMembers = (members.data ?? []).filter((row) => row.state === 'member').map((row) => row.governmentCode);
  return (
    <>
      <h1>Lerend netwerk {network ? `actie ${network.actionNumber}, projectjaar ${network.projectYear}` : networkId}</h1>
      {networkIds.length > 1 ? (
        <nav aria-label="Netwerk" className="vl-tabs">
          {networkIds.map((id) => (
            <Link
              key={id}
              to="/mentor"
              search={{ netwerk: id }}
              className="vl-tabs__tab"
              aria-current={id === networkId ? 'page' : undefined}
            >
              {id}
            </Link>
          ))}
        </nav>
      ) : null}
      {error ? <Notice kind="error">De gegevens zijn nu niet beschikbaar: {error.message}</Notice> : null}
      {page.isPending ? <p>Netwerk laden…</p> : null}
      <section aria-labelledby="leden">
        <h2 id="leden">Voortgang van de leden</h2>
        <DataTable
          label="Voortgang van de leden"
          columns={memberColumns}
          rows={page.data?.members ?? []}
          rowKey={(row) => row.governmentCode}
          empty="Nog geen leden."
        />
        <h3>Inhaalbeweging</h3>
        <DataTable
          label="Leden die achterstand of risico hadden bij toetreding"
          columns={catchUpColumns}
          rows={page.data?.catchUp ?? []}
          rowKey={(row) => row.governmentCode}
          empty="Geen leden die met achterstand of risico toetraden."
        />
      </section>
      <section aria-labelledby="uitnodigen">
        <h2 id="uitnodigen">Uitnodigen</h2>
        <p className="vl-hint">Besturen met een doel op deze actie; wie achterstand of risico heeft, staat eerst.</p>
        {invite.error ? <Notice kind="error">Uitnodigen lukte niet: {invite.error.message}</Notice> : null}
        <ul aria-label="Voorgestelde leden">
          {(suggestions.data ?? []).map((suggestion) => (
            <li key={suggestion.governmentCode}>
              {suggestion.governmentCode}: {STATUS_NAMES[suggestion.status ?? ''] ?? 'nog geen status'}
              {suggestion.priority ? ' (eerst uitnodigen)' : ''}{' '}
              {known.has(suggestion.governmentCode) ? (
                '· al uitgenodigd of lid'
              ) : (
                <Button variant="secondary" onPress={() => invite.mutate(suggestion.governmentCode)} isDisabled={invite.isPending}>
                  {`Uitnodigen: ${suggestion.governmentCode}`}
                </Button>
              )}
            </li>
          ))}
        </ul>
        <h3>Uitnodigingen en leden</h3>
        <DataTable
          label="Uitnodigingen en leden"
          columns={membershipColumns}
          rows={members.data ?? []}
          rowKey={(row) => row.governmentCode}
          empty="Nog niemand uitgenodigd."
        />
      </section>
      <section aria-labelledby="sessies">
        <h2 id="sessies">Sessies</h2>
        <Button onPress={() => setPlanning((current) => !current)}>{planning ? 'Plannen sluiten' : 'Nieuwe sessie plannen'}</Button>
        {planning ? (
          <PlanSession
            networkId={networkId}
            onDone={() => {
              setPlanning(false);
              void queryClient.invalidateQueries({ queryKey: ['sessions', networkId] });
            }}
          />
        ) : null}
        {sessions.data && sessions.data.length === 0 ? <p>Nog geen sessies gepland.</p> : null}
        <ul aria-label="Sessies van het netwerk" className="vl-card-list">
          {(sessions.data ?? []).map((session) => (
            <SessionItem key={session.id} networkId={networkId} session={session} members={currentMembers} />
          ))}
        </ul>
      </section>
    </>
  );
};
