import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, doneOf, mentorships } from '../../api/clients';
import type { components } from '../../api/generated/mentorships';
import { Button } from '../../components/button';
import { CheckedField, Notice } from '../../components/form-fields';
import { formatDateTime } from './report-page';

type Network = components['schemas']['LearningNetworkResponse'];
type Session = components['schemas']['SessionResponse'];

export const MEMBERSHIP_NAMES: Record<string, string> = {
  invited: 'Uitgenodigd',
  member: 'Lid',
  declined: 'Uitnodiging geweigerd',
  left: 'Uitgetreden',
  removed: 'Verwijderd',
};

const where = (session: Session): string => session.place ?? session.onlineLink ?? 'plaats volgt';

const SessionCard = ({
  network,
  session,
  governmentCode,
  member,
}: {
  network: Network;
  session: Session;
  governmentCode: string;
  member: boolean;
}) => {
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['sessions', network.id] });
  const path = { networkId: network.id, sessionId: session.id };
  const register = useMutation({
    mutationFn: () =>
      dataOf(mentorships.POST('/networks/{networkId}/sessions/{sessionId}/registrations', { params: { path }, body: { governmentCode } })),
    onSuccess: refresh,
  });
  const attend = useMutation({
    mutationFn: () =>
      dataOf(
        mentorships.POST('/networks/{networkId}/sessions/{sessionId}/attendance-code', {
          params: { path },
          body: { governmentCode, code },
        }),
      ),
    onSuccess: refresh,
  });
  const mine = session.registrations.find((registration) => registration.governmentCode === governmentCode);
  return (
    <li className="vl-card">
      <h3>
        {session.title}
        {session.state === 'cancelled' ? ' (geannuleerd)' : ''}
      </h3>
      <p>
        {formatDateTime(session.startsAt)} tot {formatDateTime(session.endsAt)} · {where(session)} · {session.registered} van{' '}
        {session.capacity} plaatsen ingenomen
      </p>
      {session.agenda ? <p>Agenda: {session.agenda}</p> : null}
      {mine === undefined ? null : <p>Je bent ingeschreven{mine.attendedAt ? `; aanwezig op ${formatDateTime(mine.attendedAt)}` : ''}.</p>}
      {member && session.state === 'planned' && mine === undefined ? (
        <Button onPress={() => register.mutate()} isDisabled={register.isPending} aria-label={`Inschrijven voor ${session.title}`}>
          Inschrijven
        </Button>
      ) : null}
      {register.error ? <Notice kind="error">Inschrijven lukte niet: {register.error.message}</Notice> : null}
      {member && session.state === 'planned' && mine?.attendedAt === null ? (
        <form
          aria-label={`Aanwezigheidscode voor ${session.title}`}
          onSubmit={(event) => {
            event.preventDefault();
            attend.mutate();
          }}
        >
          <CheckedField
            label={`Aanwezigheidscode (${session.title})`}
            description="De mentor geeft de code tijdens de sessie; ze geldt alleen zolang de sessie loopt."
            value={code}
            onChange={setCode}
            error={attend.error ? attend.error.message : undefined}
          />
          <Button type="submit" isDisabled={code.trim() === '' || attend.isPending}>
            Aanwezigheid bevestigen
          </Button>
        </form>
      ) : null}
      {attend.isSuccess ? <Notice kind="success">Je aanwezigheid is geregistreerd.</Notice> : null}
    </li>
  );
};

const NetworkCard = ({ network, governmentCode }: { network: Network; governmentCode: string }) => {
  const queryClient = useQueryClient();
  const members = useQuery({
    queryKey: ['members', network.id],
    queryFn: () => dataOf(mentorships.GET('/networks/{networkId}/members', { params: { path: { networkId: network.id } } })),
  });
  const sessions = useQuery({
    queryKey: ['sessions', network.id],
    queryFn: () => dataOf(mentorships.GET('/networks/{networkId}/sessions', { params: { path: { networkId: network.id } } })),
  });
  const path = { networkId: network.id, governmentCode };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['members', network.id] });
  const accept = useMutation({
    mutationFn: () => doneOf(mentorships.POST('/networks/{networkId}/invitations/{governmentCode}/accept', { params: { path } })),
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: () => doneOf(mentorships.POST('/networks/{networkId}/invitations/{governmentCode}/decline', { params: { path } })),
    onSuccess: refresh,
  });
  const leave = useMutation({
    mutationFn: () => doneOf(mentorships.DELETE('/networks/{networkId}/members/{governmentCode}', { params: { path } })),
    onSuccess: refresh,
  });
  const own = members.data?.find((membership) => membership.governmentCode === governmentCode);
  const problem = accept.error ?? decline.error ?? leave.error;
  const title = `Lerend netwerk actie ${network.actionNumber}, projectjaar ${network.projectYear} (mentor ${network.mentorCode})`;
  return (
    <section className="vl-card" aria-label={title}>
      <h2>{title}</h2>
      <p>Jouw deelname: {own ? (MEMBERSHIP_NAMES[own.state] ?? own.state) : '–'}</p>
      {own?.state === 'invited' ? (
        <div className="vl-actions">
          <Button onPress={() => accept.mutate()}>Uitnodiging aanvaarden</Button>
          <Button variant="secondary" onPress={() => decline.mutate()}>
            Uitnodiging weigeren
          </Button>
        </div>
      ) : null}
      {own?.state === 'member' ? (
        <Button variant="secondary" onPress={() => leave.mutate()}>
          Netwerk verlaten
        </Button>
      ) : null}
      {problem ? <Notice kind="error">Dat lukte niet: {problem.message}</Notice> : null}
      <h3>Sessies</h3>
      {sessions.error ? <Notice kind="error">De sessies zijn nu niet beschikbaar: {sessions.error.message}</Notice> : null}
      {sessions.data && sessions.data.length === 0 ? <p>Nog geen sessies gepland.</p> : null}
      <ul aria-label={`Sessies van ${title}`} className="vl-card-list">
        {(sessions.data ?? []).map((session) => (
          <SessionCard
            key={session.id}
            network={network}
            session={session}
            governmentCode={governmentCode}
            member={own?.state === 'member'}
          />
        ))}
      </ul>
    </section>
  );
};

/** The learning networks the government is invited to or in, with their sessions. */
export const GovernmentNetworksPage = ({ governmentCode }: { governmentCode: string }) => {
  const networks = useQuery({ queryKey: ['networks'], queryFn: () => dataOf(mentorships.GET('/networks')) });
  return (
    <>
      <h1>Lerende netwerken van bestuur {governmentCode}</h1>
      {networks.error ? <Notice kind="error">De netwerken zijn nu niet beschikbaar: {networks.error.message}</Notice> : null}
      {networks.isPending ? <p>Netwerken laden…</p> : null}
      {networks.data && networks.data.length === 0 ? <p>Je bent nog in geen enkel lerend netwerk uitgenodigd.</p> : null}
      {(networks.data ?? []).map((network) => (
        <NetworkCard key={network.id} network={network} governmentCode={governmentCode} />
      ))}
    </>
  );
};
