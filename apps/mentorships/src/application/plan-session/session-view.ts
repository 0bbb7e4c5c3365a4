import type { LearningSession } from '../../domain/learning-session.js';
import type { SessionRegistrationEntity } from '../../infrastructure/session-registration.entity.js';

export interface RegistrationView {
  governmentCode: string;
  registeredAt: string | null;
  attendedAt: string | null;
  attendanceRecordedBy: string | null;
}

export interface SessionView {
  id: string;
  networkId: string;
  title: string;
  theme: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineLink: string | null;
  agenda: string;
  capacity: number;
  materials: string[];
  state: string;
  sequence: number;
  registered: number;
  /** The mentor and ABB only: what participants enter during the session. */
  attendanceCode?: string;
  /** The mentor and ABB: every registration; a member: its own. */
  registrations: RegistrationView[];
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export const registrationView = (row: SessionRegistrationEntity): RegistrationView => ({
  governmentCode: row.governmentCode,
  registeredAt: iso(row.registeredAt),
  attendedAt: iso(row.attendedAt),
  attendanceRecordedBy: row.attendanceRecordedBy,
});

/** `visibleTo` undefined: the mentor or ABB, who see the code and every registration; else the member's codes. */
export const sessionView = (
  session: LearningSession,
  registrations: readonly SessionRegistrationEntity[],
  visibleTo?: readonly string[],
): SessionView => ({
  id: session.id,
  networkId: session.networkId,
  title: session.title,
  theme: session.theme,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
  place: session.place,
  onlineLink: session.onlineLink,
  agenda: session.agenda,
  capacity: session.capacity,
  materials: session.materials,
  state: session.state,
  sequence: session.sequence,
  registered: registrations.filter((row) => row.registeredAt !== null).length,
  ...(visibleTo === undefined ? { attendanceCode: session.attendanceCode } : {}),
  registrations: registrations.filter((row) => visibleTo === undefined || visibleTo.includes(row.governmentCode)).map(registrationView),
});
