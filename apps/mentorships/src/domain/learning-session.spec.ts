import { describe, expect, it } from '@jest/globals';
import { Conflict, NotFound, RuleViolation } from '#domain';
import {
  attendanceCodeFrom,
  cancelledSession,
  checkAttendance,
  checkAttendanceCode,
  checkPlan,
  checkRegistration,
  checkWithdrawal,
  isBehindOnSessions,
  sessionsCheckMoment,
  updatedSession,
  type LearningSession,
  type SessionPlan,
} from './learning-session.js';

const plan: SessionPlan = {
  title: 'Pleinen die verbinden',
  theme: 'publieke ruimte',
  startsAt: new Date('2023-03-02T13:00:00Z'),
  endsAt: new Date('2023-03-02T16:00:00Z'),
  place: 'Stadhuis Mechelen',
  onlineLink: null,
  agenda: 'Welkom, rondgang, uitwisseling',
  capacity: 2,
  materials: ['https://example.org/slides.pdf'],
};
const session: LearningSession = {
  ...plan,
  id: 's-1',
  networkId: 'network-12025-A22-PJ1',
  state: 'planned',
  attendanceCode: 'K7M2QX',
  sequence: 0,
};
const before = new Date('2023-03-01T10:00:00Z');
const during = new Date('2023-03-02T14:00:00Z');
const after = new Date('2023-03-02T16:00:01Z');

describe('planning a session', () => {
  it('refuses an end before the start, no place at all, and a capacity below the registrations', () => {
    expect(() => checkPlan(plan, 0)).not.toThrow();
    expect(() => checkPlan({ ...plan, endsAt: plan.startsAt }, 0)).toThrow('endsAt: 2023-03-02T13:00:00.000Z is not after startsAt');
    expect(() => checkPlan({ ...plan, place: null }, 0)).toThrow(RuleViolation);
    expect(() => checkPlan({ ...plan, place: null, onlineLink: 'https://meet.example.org/a' }, 0)).not.toThrow();
    expect(() => checkPlan({ ...plan, capacity: 0 }, 0)).toThrow('capacity: 0');
    expect(() => checkPlan(plan, 3)).toThrow('capacity: 2 is below the 3 registrations already made');
  });

  it('raises the sequence with every change and refuses changing a cancelled session', () => {
    const moved = updatedSession(session, { ...plan, place: 'Het Predikheren' }, 1);
    expect(moved).toMatchObject({ sequence: 1, place: 'Het Predikheren', attendanceCode: 'K7M2QX' });
    const cancelled = cancelledSession(moved);
    expect(cancelled).toMatchObject({ state: 'cancelled', sequence: 2 });
    expect(() => cancelledSession(cancelled)).toThrow(Conflict);
    expect(() => updatedSession(cancelled, plan, 0)).toThrow(Conflict);
  });
});

describe('registering', () => {
  const facts = { isMember: true, alreadyRegistered: false, registrations: 1, now: before };
  it('lets a member register once while there is room, before the session ends', () => {
    expect(() => checkRegistration(session, '44021', facts)).not.toThrow();
    expect(() => checkRegistration(session, '44021', { ...facts, registrations: 2 })).toThrow('capacity: session s-1 is full');
    expect(() => checkRegistration(session, '44021', { ...facts, alreadyRegistered: true })).toThrow('already registered');
    expect(() => checkRegistration(session, '44021', { ...facts, isMember: false })).toThrow('governmentCode: 44021 is not a member');
    expect(() => checkRegistration(session, '44021', { ...facts, now: after })).toThrow('ended');
    expect(() => checkRegistration(cancelledSession(session), '44021', facts)).toThrow(Conflict);
  });
});

describe('withdrawing a registration', () => {
  it('lets a registered member withdraw until the session starts, not after, and not from a cancelled session', () => {
    expect(checkWithdrawal(session, '44021', { registeredAt: before, now: before })).toEqual(before);
    expect(() => checkWithdrawal(session, '44021', { registeredAt: null, now: before })).toThrow(NotFound);
    expect(() => checkWithdrawal(session, '44021', { registeredAt: null, now: before })).toThrow(
      'registration: 44021 is not registered for session s-1',
    );
    expect(() => checkWithdrawal(session, '44021', { registeredAt: before, now: plan.startsAt })).toThrow(
      'sessionId: session s-1 started at 2023-03-02T13:00:00.000Z',
    );
    expect(() => checkWithdrawal(session, '44021', { registeredAt: before, now: during })).toThrow(RuleViolation);
    expect(() => checkWithdrawal(cancelledSession(session), '44021', { registeredAt: before, now: before })).toThrow(Conflict);
  });
});

describe('attendance', () => {
  it('is for members once the session started', () => {
    expect(() => checkAttendance(session, '44021', true, during)).not.toThrow();
    expect(() => checkAttendance(session, '44021', true, after)).not.toThrow();
    expect(() => checkAttendance(session, '44021', false, during)).toThrow('not a member');
    expect(() => checkAttendance(session, '44021', true, before)).toThrow('starts at');
  });

  it('by code only during the session and with the right code, whatever its case', () => {
    expect(() => checkAttendanceCode(session, 'k7m2qx', during)).not.toThrow();
    expect(() => checkAttendanceCode(session, 'K7M2QX', session.startsAt)).not.toThrow();
    expect(() => checkAttendanceCode(session, 'K7M2QX', session.endsAt)).not.toThrow();
    expect(() => checkAttendanceCode(session, 'K7M2QY', during)).toThrow('code: not the attendance code');
    expect(() => checkAttendanceCode(session, 'K7M2QX', before)).toThrow('code: the attendance code is valid only during the session');
    expect(() => checkAttendanceCode(session, 'K7M2QX', after)).toThrow(RuleViolation);
  });

  it('makes short codes without characters that are easily mistaken', () => {
    const code = attendanceCodeFrom(new Uint8Array([0, 1, 30, 31, 200, 255]));
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    // 31 characters: byte 30 is the last, 31 wraps to the first, 200 % 31 = 14, 255 % 31 = 7.
    expect(code).toBe('AB9ARH');
    expect(() => attendanceCodeFrom(new Uint8Array(3))).toThrow(RangeError);
  });
});

describe('the minimum number of sessions', () => {
  it('is checked on the first day of the last quarter of the project year', () => {
    expect(sessionsCheckMoment('2023-09-30').toISOString()).toBe('2023-07-01T00:00:00.000Z');
    expect(sessionsCheckMoment('2025-09-30').toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });

  it('finds a network behind with fewer sessions than the minimum', () => {
    expect(isBehindOnSessions(2, 3)).toBe(true);
    expect(isBehindOnSessions(3, 3)).toBe(false);
  });
});
