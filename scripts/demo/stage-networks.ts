import type { DemoClient } from './demo-client.js';
import type { DemoPlan } from './demo-plan.js';

interface Network {
  id: string;
  mentorCode: string;
  actionNumber: number;
}

interface Membership {
  governmentCode: string;
  state: string;
}

interface Session {
  id: string;
  title: string;
  startsAt: string;
  state: string;
  attendanceCode?: string;
  registrations: { governmentCode: string; attendedAt: string | null }[];
}

interface PlannedSession {
  title: string;
  theme: string;
  startsAt: string;
  endsAt: string;
  place: string;
}

/** Mentees per network: Mechelen's as published (26 on action 22, 27 on action 9), a handful elsewhere. */
const MENTEES: Record<string, number> = { 'network-12025-A22-PJ1': 26, 'network-12025-A09-PJ1': 27 };

const CITY_OF: Record<string, string> = { '12025': 'Mechelen', '35013': 'Oostende', '44021': 'Gent' };

/**
 * The sessions of each network in project year 1. Oostende's network on action 10 plans two, one short of the minimum
 * of three, so on 1 July 2023 the mentor and ABB are told it is behind.
 */
export const sessionsOf = (network: Network): PlannedSession[] => {
  const city = CITY_OF[network.mentorCode] ?? network.mentorCode;
  const place = `Stadhuis ${city}`;
  const all = [
    { title: `Kennismaking lerend netwerk actie ${network.actionNumber}`, theme: 'kennismaking en noden', day: '2023-01-19' },
    { title: `Werkbezoek ${city}: de aanpak in de praktijk`, theme: 'werkbezoek', day: '2023-03-09' },
    { title: `Intervisie actie ${network.actionNumber}: wat werkt, wat niet`, theme: 'intervisie', day: '2023-05-25' },
  ];
  const count = network.id === 'network-35013-A10-PJ1' ? 2 : 3;
  return all.slice(0, count).map(({ title, theme, day }) => ({
    title,
    theme,
    startsAt: `${day}T13:00:00.000Z`,
    endsAt: `${day}T16:00:00.000Z`,
    place,
  }));
};

/** The networks the granted mentorships opened (mentorships learns of them from the decisions). */
export const awaitNetworks = async (demo: DemoClient, plan: DemoPlan): Promise<Network[]> => {
  const expected = plan.applicants.reduce((sum, applicant) => sum + applicant.mentorships.length, 0);
  return demo.until(`${expected} learning networks`, async () => {
    const networks = await demo.get<Network[]>('mentorships', '/networks');
    return networks.length >= expected ? networks.sort((a, b) => a.id.localeCompare(b.id)) : undefined;
  });
};

/**
 * November 2022: ABB assigns each network's mentor user, the mentor invites the suggested governments (those with a
 * target on the action), most accept and a few decline, the mentor plans the year's sessions (every member gets an
 * e-mail with a calendar invitation) and the members register.
 */
export const runNetworksSetUp = async (demo: DemoClient, networks: Network[]): Promise<void> => {
  await demo.moveClockTo('2022-11-07T09:00:00Z', 'the learning networks start');
  const abb = await demo.abb();
  for (const network of networks) {
    const base = `/networks/${network.id}`;
    const mentor = await demo.mentor(network.id);
    const city = CITY_OF[network.mentorCode] ?? network.mentorCode;
    await demo.call(
      'mentorships',
      'PUT',
      `${base}/mentors/mentor-${network.id}`,
      abb,
      { name: `Mentor ${city} actie ${network.actionNumber}` },
      [200],
    );
    const members = await demo.get<Membership[]>('mentorships', `${base}/members`, mentor);
    if (members.length === 0) {
      const suggestions = await demo.get<{ governmentCode: string }[]>('mentorships', `${base}/suggestions`, mentor);
      const invited = suggestions.slice(0, MENTEES[network.id] ?? 8);
      await demo.forEach(invited, async ({ governmentCode }, index) => {
        await demo.call('mentorships', 'POST', `${base}/invitations`, mentor, { governmentCode }, [201]);
        const answer = index % 9 === 7 ? 'decline' : 'accept';
        await demo.call(
          'mentorships',
          'POST',
          `${base}/invitations/${governmentCode}/${answer}`,
          await demo.government(governmentCode),
          undefined,
          [200],
        );
      });
      demo.say(`network ${network.id}: ${invited.length} governments invited by ${city}, most joined`);
    }
    const joined = (await demo.get<Membership[]>('mentorships', `${base}/members`, mentor)).filter((member) => member.state === 'member');
    const sessions = await demo.get<Session[]>('mentorships', `${base}/sessions`, mentor);
    for (const planned of sessionsOf(network)) {
      let session = sessions.find((candidate) => candidate.title === planned.title);
      if (session === undefined) {
        session = (
          await demo.call<Session>(
            'mentorships',
            'POST',
            `${base}/sessions`,
            mentor,
            {
              ...planned,
              capacity: 30,
              agenda: 'Welkom, uitwisseling, afspraken',
              materials: ['https://www.vlaanderen.be/plan-samenleven'],
            },
            [201],
          )
        ).body;
        sessions.push(session);
      }
      // Registrations close when a session ended (a resumed demo may be past it).
      if (planned.endsAt <= (await demo.programmeNow()).toISOString()) continue;
      const registered = new Set(session.registrations.map((registration) => registration.governmentCode));
      const toRegister = joined.filter((member, index) => index % 5 !== 4 && !registered.has(member.governmentCode));
      await demo.forEach(toRegister, async ({ governmentCode }) => {
        await demo.call(
          'mentorships',
          'POST',
          `${base}/sessions/${session.id}/registrations`,
          await demo.government(governmentCode),
          { governmentCode },
          [201],
        );
      });
    }
  }
  demo.say(
    `learning networks: ${networks.length} networks with members and ` +
      `${networks.reduce((sum, network) => sum + sessionsOf(network).length, 0)} sessions planned`,
  );
};

/**
 * The sessions held between `from` and `until`: the clock is moved into each one, the mentor records most registered members
 * present and one member enters the session's attendance code itself. Recording again changes nothing.
 */
export const runSessions = async (demo: DemoClient, networks: Network[], from: string, until: string): Promise<void> => {
  // A resumed demo whose clock is past a session leaves its attendance as it was.
  const now = (await demo.programmeNow()).toISOString();
  const held = networks
    .flatMap((network) => sessionsOf(network).map((planned) => ({ network, planned })))
    .filter(({ planned }) => planned.startsAt >= from && planned.startsAt < until && planned.endsAt > now)
    .sort((a, b) => a.planned.startsAt.localeCompare(b.planned.startsAt));
  const days = [...new Set(held.map(({ planned }) => planned.startsAt))];
  for (const startsAt of days) {
    await demo.moveClockTo(new Date(new Date(startsAt).getTime() + 60 * 60_000).toISOString(), 'network sessions take place');
    let attended = 0;
    for (const { network } of held.filter(({ planned }) => planned.startsAt === startsAt)) {
      const base = `/networks/${network.id}`;
      const mentor = await demo.mentor(network.id);
      const session = (await demo.get<Session[]>('mentorships', `${base}/sessions`, mentor)).find(
        (candidate) => candidate.startsAt === startsAt && candidate.state !== 'cancelled',
      );
      if (session === undefined) continue;
      const registrations = session.registrations.filter((registration) => registration.attendedAt === null);
      await demo.forEach(registrations, async ({ governmentCode }, index) => {
        if (index % 7 === 5) return; // registered, did not come
        if (index === 0 && session.attendanceCode !== undefined)
          await demo.callOnTime(
            'mentorships',
            'POST',
            `${base}/sessions/${session.id}/attendance-code`,
            await demo.government(governmentCode),
            { governmentCode, code: session.attendanceCode },
            [200],
          );
        else
          await demo.callOnTime(
            'mentorships',
            'PUT',
            `${base}/sessions/${session.id}/attendance/${governmentCode}`,
            mentor,
            undefined,
            [200],
          );
        attended++;
      });
    }
    if (attended > 0) demo.say(`sessions of ${startsAt.slice(0, 10)}: ${attended} attendances recorded`);
  }
};
