import { findIndicator } from '#catalogue';
import type { NetworkNoticeFacts } from './network-notice.js';

// Dutch values for the network templates, formatted here so a template needs no helpers.

const BRUSSELS = 'Europe/Brussels';

/** 2023-03-02T13:00:00Z as "donderdag 2 maart 2023". */
export const formatDay = (instant: string): string =>
  new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: BRUSSELS }).format(
    new Date(instant),
  );

/** 2023-03-02T13:00:00Z as "14:00" (Brussels time). */
export const formatTime = (instant: string): string =>
  new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: BRUSSELS }).format(new Date(instant));

const formatDate = (date: string): string =>
  new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );

/** 22 as "22. Pleinmakers" (the catalogue's name). */
export const actionName = (actionNumber: number): string => {
  const indicator = findIndicator(`A${String(actionNumber).padStart(2, '0')}`);
  return indicator ? `${actionNumber}. ${indicator.actionName}` : `actie ${actionNumber}`;
};

/** The mentor by name where the register announced it, by NIS code otherwise. */
const mentorOf = (code: string, name: string | undefined): string => name ?? `NIS-code ${code}`;

const networkPlace = (networkId: string): string => `https://samenleven.vlaanderen.example/lerende-netwerken/${networkId}`;

/** The variables of a learning network message. */
export const networkNoticeContext = (facts: NetworkNoticeFacts, governmentName: string): Record<string, unknown> => {
  switch (facts.kind) {
    case 'network-invitation': {
      const { invitation } = facts;
      return {
        governmentName,
        networkId: invitation.networkId,
        mentorCode: invitation.mentorGovernmentCode,
        mentorName: mentorOf(invitation.mentorGovernmentCode, facts.mentorName),
        action: actionName(invitation.actionNumber),
        actionNumber: invitation.actionNumber,
        projectYear: invitation.projectYear,
        invitedOn: formatDate(invitation.invitedAt),
        networkPlace: networkPlace(invitation.networkId),
      };
    }
    case 'session-planned':
    case 'session-changed':
    case 'session-cancelled': {
      const { session } = facts;
      return {
        governmentName,
        networkId: session.networkId,
        action: actionName(session.actionNumber),
        title: session.title,
        theme: session.theme,
        hasTheme: session.theme !== '',
        day: formatDay(session.startsAt),
        startTime: formatTime(session.startsAt),
        endTime: formatTime(session.endsAt),
        place: session.place ?? '',
        hasPlace: session.place !== null,
        onlineLink: session.onlineLink ?? '',
        hasOnlineLink: session.onlineLink !== null,
        agenda: session.agenda,
        hasAgenda: session.agenda !== '',
        materials: session.materials,
        hasMaterials: session.materials.length > 0,
        capacity: session.capacity,
        networkPlace: networkPlace(session.networkId),
      };
    }
    case 'attendance-confirmed': {
      const { attendance } = facts;
      return {
        governmentName,
        networkId: attendance.networkId,
        action: actionName(attendance.actionNumber),
        title: attendance.title,
        day: formatDay(attendance.startsAt),
        startTime: formatTime(attendance.startsAt),
        endTime: formatTime(attendance.endsAt),
        byCode: attendance.recordedBy === 'code',
      };
    }
    case 'network-behind': {
      const { behind, forAbb, mentorName } = facts;
      return {
        governmentName,
        forAbb,
        networkId: behind.networkId,
        mentorCode: behind.mentorGovernmentCode,
        mentorName: mentorOf(behind.mentorGovernmentCode, mentorName),
        action: actionName(behind.actionNumber),
        actionNumber: behind.actionNumber,
        projectYear: behind.projectYear,
        minimumSessions: behind.minimumSessions,
        sessions: behind.sessions,
        missing: behind.minimumSessions - behind.sessions,
        projectYearEnd: formatDate(behind.projectYearEnd),
        networkPlace: networkPlace(behind.networkId),
      };
    }
  }
};
