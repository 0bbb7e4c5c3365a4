import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { AttendanceRecordedV1, NetworkBehindOnSessionsV1, RegistrationWithdrawnV1, SessionScheduledV1 } from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import { committedTarget, grantedMentorship, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { ChangeMembershipHandler } from '../src/application/change-membership/change-membership.handler.js';
import { ChangeSessionHandler } from '../src/application/change-session/change-session.handler.js';
import { CheckMinimumSessionsHandler } from '../src/application/check-minimum-sessions/check-minimum-sessions.handler.js';
import { ListSessionsHandler } from '../src/application/list-sessions/list-sessions.handler.js';
import { OpenLearningNetworksHandler } from '../src/application/open-learning-networks/open-learning-networks.handler.js';
import { PlanSessionHandler } from '../src/application/plan-session/plan-session.handler.js';
import type { SessionPlanInput } from '../src/application/plan-session/session-facts.js';
import { RecordAttendanceHandler } from '../src/application/record-attendance/record-attendance.handler.js';
import { RegisterForSessionHandler } from '../src/application/register-for-session/register-for-session.handler.js';
import { WithdrawRegistrationHandler } from '../src/application/withdraw-registration/withdraw-registration.handler.js';
import { mentorshipsManifest } from '../src/mentorships.manifest.js';

const NETWORK = 'network-12025-A22-PJ1';
const plan: SessionPlanInput = {
  title: 'Pleinen die verbinden',
  theme: 'publieke ruimte',
  startsAt: '2023-03-02T13:00:00.000Z',
  endsAt: '2023-03-02T16:00:00.000Z',
  place: 'Stadhuis Mechelen, Grote Markt 21',
  agenda: 'Welkom, rondgang, uitwisseling',
  capacity: 2,
  materials: ['https://example.org/slides.pdf'],
};

describe('learning network sessions, on a real database', () => {
  let mentorships: UseCasesUnderTest;
  let clock: ProgrammeClock;
  const planSession = (input: SessionPlanInput = plan, networkId = NETWORK) =>
    mentorships.get(PlanSessionHandler).execute({ networkId, plan: input });
  const register = (sessionId: string, governmentCode: string) =>
    mentorships.get(RegisterForSessionHandler).execute({ networkId: NETWORK, sessionId, governmentCode });
  const withdraw = (sessionId: string, governmentCode: string, networkId = NETWORK) =>
    mentorships.get(WithdrawRegistrationHandler).execute({ networkId, sessionId, governmentCode });
  const attend = (sessionId: string, governmentCode: string, code?: string) =>
    mentorships
      .get(RecordAttendanceHandler)
      .execute({ networkId: NETWORK, sessionId, governmentCode, recordedBy: code === undefined ? 'mentor' : 'code', code });
  const open = (mentorCode: string, projectYear = 1) =>
    mentorships.get(OpenLearningNetworksHandler).execute(
      testTargetsCommitted(mentorCode, projectYear, [committedTarget('A22', { approvedAdditionalReach: 10 })], {
        mentorships: [grantedMentorship(22)],
      }),
    );

  beforeAll(async () => {
    mentorships = await startUseCasesUnderTest({ manifest: mentorshipsManifest, label: 'mentorships_sessions_db' });
    clock = mentorships.get(ProgrammeClock);
  });

  afterAll(async () => {
    await mentorships?.stop();
  });

  beforeEach(async () => {
    await mentorships.query('TRUNCATE learning_network, network_member, learning_session, session_registration, audit_log, outbox');
    clock.set(new Date('2023-01-16T08:00:00Z'));
    await open('12025');
    for (const code of ['44021', '11002', '23088'])
      await mentorships.get(ChangeMembershipHandler).execute({ networkId: NETWORK, governmentCode: code, change: 'add' });
  });

  it("plans, changes and cancels a session, telling the network's members each time with the whole session", async () => {
    const planned = await planSession();
    expect(planned).toMatchObject({ networkId: NETWORK, state: 'planned', sequence: 0, registered: 0, capacity: 2 });
    expect(planned.attendanceCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    await register(planned.id, '44021');
    await expect(
      mentorships.get(ChangeSessionHandler).execute({ networkId: NETWORK, sessionId: planned.id, plan: { ...plan, capacity: 0 } }),
    ).rejects.toThrow(RuleViolation);
    const moved = await mentorships
      .get(ChangeSessionHandler)
      .execute({ networkId: NETWORK, sessionId: planned.id, plan: { ...plan, place: null, onlineLink: 'https://meet.example.org/a' } });
    expect(moved).toMatchObject({ sequence: 1, place: null, onlineLink: 'https://meet.example.org/a', registered: 1 });
    const cancelled = await mentorships.get(ChangeSessionHandler).execute({ networkId: NETWORK, sessionId: planned.id });
    expect(cancelled).toMatchObject({ state: 'cancelled', sequence: 2 });
    await expect(mentorships.get(ChangeSessionHandler).execute({ networkId: NETWORK, sessionId: planned.id })).rejects.toThrow(Conflict);

    const events = await mentorships.query<{ type: string; envelope: { key: string; payload: SessionScheduledV1 } }>(
      "SELECT type, envelope FROM outbox WHERE type LIKE 'mentorships.session-%' ORDER BY position",
    );
    expect(events.map((row) => [row.type, row.envelope.key, row.envelope.payload.sequence])).toEqual([
      ['mentorships.session-scheduled', NETWORK, 0],
      ['mentorships.session-updated', NETWORK, 1],
      ['mentorships.session-cancelled', NETWORK, 2],
    ]);
    expect(events[0].envelope.payload).toEqual({
      sessionId: planned.id,
      networkId: NETWORK,
      mentorGovernmentCode: '12025',
      actionNumber: 22,
      projectYear: 1,
      title: 'Pleinen die verbinden',
      theme: 'publieke ruimte',
      startsAt: '2023-03-02T13:00:00.000Z',
      endsAt: '2023-03-02T16:00:00.000Z',
      place: 'Stadhuis Mechelen, Grote Markt 21',
      onlineLink: null,
      agenda: 'Welkom, rondgang, uitwisseling',
      capacity: 2,
      materials: ['https://example.org/slides.pdf'],
      sequence: 0,
      recipientCodes: ['11002', '23088', '44021'],
    });
  });

  it('refuses a plan that ends before it starts, and leaves nothing behind', async () => {
    await expect(planSession({ ...plan, endsAt: '2023-03-02T12:00:00.000Z' })).rejects.toThrow(
      'endsAt: 2023-03-02T12:00:00.000Z is not after startsAt',
    );
    await expect(planSession({ ...plan, place: null })).rejects.toThrow('place:');
    await expect(planSession(plan, 'network-99999-A01-PJ1')).rejects.toThrow(NotFound);
    expect(await mentorships.count('learning_session')).toBe(0);
    // What beforeEach announced: the network opened and its three members.
    expect(await mentorships.count('outbox')).toBe(4);
  });

  it('gives the last place to one of two members registering at the same moment', async () => {
    const session = await planSession();
    await register(session.id, '23088');
    const outcomes = await Promise.allSettled([register(session.id, '44021'), register(session.id, '11002')]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refused?.status === 'rejected' && String(refused.reason)).toContain('capacity: session');
    expect(await mentorships.count('session_registration')).toBe(2);
    expect((await mentorships.outbox('mentorships.registration-made')).length).toBe(2);
  });

  it('refuses a duplicate registration, a non-member and a session of another network', async () => {
    const session = await planSession();
    await register(session.id, '44021');
    await expect(register(session.id, '44021')).rejects.toThrow('already registered');
    await expect(register(session.id, '46003')).rejects.toThrow('governmentCode: 46003 is not a member');
    await open('11002');
    const other = await planSession(plan, 'network-11002-A22-PJ1');
    await expect(register(other.id, '44021')).rejects.toThrow(NotFound);
    expect(await mentorships.count('session_registration')).toBe(1);
  });

  it('lets a member withdraw before the session starts, freeing its place for another, and announces it once', async () => {
    const session = await planSession();
    await register(session.id, '44021');
    await register(session.id, '11002');
    await expect(register(session.id, '23088')).rejects.toThrow('capacity: session');
    clock.set(new Date('2023-02-20T16:45:00Z'));
    expect(await withdraw(session.id, '44021')).toEqual({
      sessionId: session.id,
      networkId: NETWORK,
      governmentCode: '44021',
      registeredAt: expect.stringMatching(/^2023-01-16T08:0/),
      withdrawnAt: expect.stringMatching(/^2023-02-20T16:4/),
      registered: 1,
      capacity: 2,
    });
    // The freed place goes to the next member; the one that withdrew may register again once there is room.
    expect(await register(session.id, '23088')).toMatchObject({ governmentCode: '23088' });
    await expect(register(session.id, '44021')).rejects.toThrow('capacity: session');
    const withdrawn = await mentorships.outbox<RegistrationWithdrawnV1>('mentorships.registration-withdrawn');
    expect(withdrawn.map((event) => [event.key, event.payload])).toEqual([
      [
        '44021',
        {
          sessionId: session.id,
          networkId: NETWORK,
          governmentCode: '44021',
          registeredAt: expect.stringMatching(/^2023-01-16T08:0/),
          withdrawnAt: expect.stringMatching(/^2023-02-20T16:4/),
        },
      ],
    ]);
    const audit = await mentorships.query<{ action: string; object_id: string }>(
      "SELECT action, object_id FROM audit_log WHERE action = 'withdraw-session-registration'",
    );
    expect(audit).toEqual([{ action: 'withdraw-session-registration', object_id: `${session.id}/44021` }]);
  });

  it('refuses a withdrawal without a registration, once the session started, of a cancelled session, changing nothing', async () => {
    const session = await planSession();
    await register(session.id, '44021');
    await expect(withdraw(session.id, '11002')).rejects.toThrow(NotFound);
    await expect(withdraw(session.id, '11002')).rejects.toThrow('registration: 11002 is not registered for session');
    await expect(withdraw(session.id, '44021', 'network-99999-A01-PJ1')).rejects.toThrow(NotFound);
    await withdraw(session.id, '44021');
    await expect(withdraw(session.id, '44021')).rejects.toThrow(NotFound);
    await register(session.id, '44021');
    clock.set(new Date('2023-03-02T13:00:00Z'));
    await expect(withdraw(session.id, '44021')).rejects.toThrow(RuleViolation);
    await expect(withdraw(session.id, '44021')).rejects.toThrow('a registration can be withdrawn only before that');
    const later = await planSession({ ...plan, startsAt: '2023-04-02T13:00:00.000Z', endsAt: '2023-04-02T16:00:00.000Z' });
    await register(later.id, '11002');
    await mentorships.get(ChangeSessionHandler).execute({ networkId: NETWORK, sessionId: later.id });
    await expect(withdraw(later.id, '11002')).rejects.toThrow(Conflict);
    expect(await mentorships.count('session_registration')).toBe(2);
    expect((await mentorships.outbox('mentorships.registration-withdrawn')).length).toBe(1);
  });

  it('records attendance once, by the mentor or by the code during the session only', async () => {
    const session = await planSession();
    const code = session.attendanceCode ?? '';
    await register(session.id, '44021');
    await expect(attend(session.id, '44021', code)).rejects.toThrow('code: the attendance code is valid only during the session');
    clock.set(new Date('2023-03-02T13:20:00Z'));
    await expect(attend(session.id, '44021', 'WRONG1')).rejects.toThrow('code: not the attendance code');
    await expect(attend(session.id, '46003')).rejects.toThrow('governmentCode: 46003 is not a member');
    expect(await attend(session.id, '44021', code.toLowerCase())).toMatchObject({ governmentCode: '44021', attendanceRecordedBy: 'code' });
    expect(await attend(session.id, '44021')).toMatchObject({ attendanceRecordedBy: 'code' });
    // A member that did not register may still attend; it takes no place.
    expect(await attend(session.id, '11002')).toMatchObject({ registeredAt: null, attendanceRecordedBy: 'mentor' });
    clock.set(new Date('2023-03-02T16:00:01Z'));
    await expect(attend(session.id, '23088', code)).rejects.toThrow(RuleViolation);
    const attended = await mentorships.outbox<AttendanceRecordedV1>('mentorships.attendance-recorded');
    expect(attended.map((event) => [event.key, event.payload.recordedBy])).toEqual([
      ['44021', 'code'],
      ['11002', 'mentor'],
    ]);
    const [member] = await mentorships.get(ListSessionsHandler).execute({ networkId: NETWORK, memberCodes: ['44021'] });
    expect(member.attendanceCode).toBeUndefined();
    expect(member.registrations.map((row) => row.governmentCode)).toEqual(['44021']);
    expect(member.registered).toBe(1);
  });

  it('tells mentor and ABB once when a network has fewer sessions than the minimum at the check moment', async () => {
    await planSession();
    await planSession({ ...plan, startsAt: '2023-04-02T13:00:00.000Z', endsAt: '2023-04-02T16:00:00.000Z' });
    await open('11002');
    for (let index = 0; index < 3; index += 1) await planSession(plan, 'network-11002-A22-PJ1');
    await open('23088', 2);
    const check = mentorships.get(CheckMinimumSessionsHandler);
    clock.set(new Date('2023-06-30T23:59:00Z'));
    expect(await check.execute()).toEqual([]);
    clock.set(new Date('2023-07-01T00:00:00Z'));
    const [first, second] = await Promise.all([check.execute(), check.execute()]);
    expect([...first, ...second]).toEqual([NETWORK]);
    expect(await check.execute()).toEqual([]);
    const behind = await mentorships.outbox<NetworkBehindOnSessionsV1>('mentorships.network-behind-on-sessions');
    expect(behind.map((event) => event.payload)).toEqual([
      {
        networkId: NETWORK,
        mentorGovernmentCode: '12025',
        actionNumber: 22,
        projectYear: 1,
        minimumSessions: 3,
        sessions: 2,
        checkedAt: '2023-07-01T00:00:00.000Z',
        projectYearEnd: '2023-09-30',
      },
    ]);
    const checked = await mentorships.query<{ id: string; sessions_behind: boolean | null }>(
      'SELECT id, sessions_behind FROM learning_network ORDER BY id',
    );
    expect(checked).toEqual([
      { id: 'network-11002-A22-PJ1', sessions_behind: false },
      { id: NETWORK, sessions_behind: true },
      { id: 'network-23088-A22-PJ2', sessions_behind: null },
    ]);
  });
});
