import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { SessionScheduledV1 } from '#contracts';
import { isSessionNotice, type SessionNoticeKind } from '../domain/network-notice.js';
import type { NoticeFacts } from '../domain/notice.js';

/** A file sent with an e-mail, kept with the queued message. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * The iCalendar invitation of a session (RFC 5545, written by ical-generator): one event whose UID is the session's,
 * so a calendar replaces its copy when a change (higher SEQUENCE) or the cancellation (METHOD:CANCEL) arrives.
 */
export const sessionCalendar = (kind: SessionNoticeKind, session: SessionScheduledV1): MailAttachment => {
  const cancelled = kind === 'session-cancelled';
  const method = cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = ical({ name: 'Plan Samenleven', prodId: { company: 'Vlaanderen', product: 'Plan Samenleven', language: 'NL' }, method });
  const description = [
    session.theme === '' ? null : `Thema: ${session.theme}`,
    session.agenda === '' ? null : `Agenda: ${session.agenda}`,
    session.onlineLink === null ? null : `Online: ${session.onlineLink}`,
    ...session.materials.map((link) => `Materiaal: ${link}`),
  ]
    .filter((line) => line !== null)
    .join('\n');
  calendar.createEvent({
    id: `${session.sessionId}@samenleven.vlaanderen.example`,
    sequence: session.sequence,
    start: new Date(session.startsAt),
    end: new Date(session.endsAt),
    // The programme clock is the time of the platform, but a calendar stamps its copy with the moment it is written.
    stamp: new Date(session.startsAt),
    summary: session.title,
    description,
    location: session.place ?? session.onlineLink,
    url: session.onlineLink,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return {
    filename: cancelled ? 'sessie-geannuleerd.ics' : 'sessie.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: calendar.toString(),
  };
};

/** The files a notice's e-mail carries: a session's calendar invitation; nothing for other kinds. */
export const attachmentsOf = (facts: NoticeFacts): MailAttachment[] =>
  isSessionNotice(facts) ? [sessionCalendar(facts.kind, facts.session)] : [];
