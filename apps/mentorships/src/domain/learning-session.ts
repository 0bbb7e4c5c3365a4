import { Conflict, NotFound, RuleViolation } from '#domain';

/** What a mentor plans: a session of its learning network. */
export interface SessionPlan {
  title: string;
  theme: string;
  startsAt: Date;
  endsAt: Date;
  /** A place, an online link, or both. */
  place: string | null;
  onlineLink: string | null;
  agenda: string;
  capacity: number;
  /** Links to the materials (slides, documents). */
  materials: string[];
}

export type SessionState = 'planned' | 'cancelled';

export interface LearningSession extends SessionPlan {
  id: string;
  networkId: string;
  state: SessionState;
  attendanceCode: string;
  /** iCalendar SEQUENCE: 0 when planned, one more with every change, so calendars replace the earlier invitation. */
  sequence: number;
}

/** A plan must make sense before it is kept: ends after it starts, somewhere to be, room for whoever registered. */
export const checkPlan = (plan: SessionPlan, registrations: number): void => {
  if (plan.endsAt.getTime() <= plan.startsAt.getTime())
    throw new RuleViolation(`endsAt: ${plan.endsAt.toISOString()} is not after startsAt ${plan.startsAt.toISOString()}`);
  if (plan.place === null && plan.onlineLink === null) throw new RuleViolation('place: give a place, an online link (onlineLink), or both');
  if (!Number.isInteger(plan.capacity) || plan.capacity < 1)
    throw new RuleViolation(`capacity: ${plan.capacity} is not a whole number >= 1`);
  if (plan.capacity < registrations)
    throw new RuleViolation(`capacity: ${plan.capacity} is below the ${registrations} registrations already made`);
};

const requirePlanned = (session: LearningSession): void => {
  if (session.state === 'cancelled') throw new Conflict(`sessionId: session ${session.id} is cancelled`);
};

/** A change keeps the session's identity and code and raises its sequence. */
export const updatedSession = (session: LearningSession, plan: SessionPlan, registrations: number): LearningSession => {
  requirePlanned(session);
  checkPlan(plan, registrations);
  return { ...session, ...plan, sequence: session.sequence + 1 };
};

export const cancelledSession = (session: LearningSession): LearningSession => {
  requirePlanned(session);
  return { ...session, state: 'cancelled', sequence: session.sequence + 1 };
};

/** A member registers for a planned session that has not ended, once, while there is room. */
export const checkRegistration = (
  session: LearningSession,
  governmentCode: string,
  { isMember, alreadyRegistered, registrations, now }: { isMember: boolean; alreadyRegistered: boolean; registrations: number; now: Date },
): void => {
  requirePlanned(session);
  if (!isMember) throw new RuleViolation(`governmentCode: ${governmentCode} is not a member of ${session.networkId}`);
  if (alreadyRegistered) throw new RuleViolation(`governmentCode: ${governmentCode} is already registered for session ${session.id}`);
  if (now.getTime() >= session.endsAt.getTime())
    throw new RuleViolation(`sessionId: session ${session.id} ended at ${session.endsAt.toISOString()}`);
  if (registrations >= session.capacity)
    throw new RuleViolation(`capacity: session ${session.id} is full (${session.capacity} of ${session.capacity} places taken)`);
};

/**
 * A registration can be withdrawn until the session starts (on the programme clock), freeing its place; after that
 * the mentor counts on it. Returns when it was registered. Withdrawing from a cancelled session changes nothing, so it
 * is refused like any change of it.
 */
export const checkWithdrawal = (
  session: LearningSession,
  governmentCode: string,
  { registeredAt, now }: { registeredAt: Date | null; now: Date },
): Date => {
  requirePlanned(session);
  if (registeredAt === null) throw new NotFound(`registration: ${governmentCode} is not registered for session ${session.id}`);
  if (now.getTime() >= session.startsAt.getTime())
    throw new RuleViolation(
      `sessionId: session ${session.id} started at ${session.startsAt.toISOString()}; a registration can be withdrawn only before that`,
    );
  return registeredAt;
};

/** Attendance is only for members of the network, of a session that was not cancelled and has started. */
export const checkAttendance = (session: LearningSession, governmentCode: string, isMember: boolean, now: Date): void => {
  requirePlanned(session);
  if (!isMember) throw new RuleViolation(`governmentCode: ${governmentCode} is not a member of ${session.networkId}`);
  if (now.getTime() < session.startsAt.getTime())
    throw new RuleViolation(`sessionId: session ${session.id} starts at ${session.startsAt.toISOString()}; attendance comes after that`);
};

/** A participant's code counts only while the session runs, on the programme clock, and only if it is the session's. */
export const checkAttendanceCode = (session: LearningSession, code: string, now: Date): void => {
  if (now.getTime() < session.startsAt.getTime() || now.getTime() > session.endsAt.getTime())
    throw new RuleViolation(
      `code: the attendance code is valid only during the session, ${session.startsAt.toISOString()} to ${session.endsAt.toISOString()}`,
    );
  if (code.trim().toUpperCase() !== session.attendanceCode) throw new RuleViolation('code: not the attendance code of this session');
};

/** No 0/O or 1/I/L: read aloud or from a slide, a code must not be mistyped. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ATTENDANCE_CODE_LENGTH = 6;

/** A short code from random bytes (one per character). */
export const attendanceCodeFrom = (randomBytes: Uint8Array): string => {
  if (randomBytes.length < ATTENDANCE_CODE_LENGTH) throw new RangeError(`an attendance code needs ${ATTENDANCE_CODE_LENGTH} random bytes`);
  return [...randomBytes.slice(0, ATTENDANCE_CODE_LENGTH)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
};

/**
 * When a network's sessions of a project year are checked against the minimum: 00:00 UTC on the first day of the
 * year's last quarter (1 July for a year ending 30 September), late enough to have planned, early enough to catch up.
 */
export const sessionsCheckMoment = (projectYearEnd: string): Date => {
  const end = new Date(`${projectYearEnd}T00:00:00Z`);
  return new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 2, 1));
};

/** Behind: fewer sessions held or planned (not cancelled) than the minimum, for a network open before the check. */
export const isBehindOnSessions = (sessions: number, minimum: number): boolean => sessions < minimum;
