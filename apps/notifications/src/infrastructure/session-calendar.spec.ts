import { describe, expect, it } from '@jest/globals';
import { attendanceRecordedV1, sessionScheduledV1, type AttendanceRecordedV1 } from '#contracts';
import { attachmentsOf, sessionCalendar } from './session-calendar.js';

const session = sessionScheduledV1.example;
const unfold = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');

describe('sessionCalendar', () => {
  it('invites to the session with its UID, time, place and sequence', () => {
    const attachment = sessionCalendar('session-planned', session);
    expect(attachment).toMatchObject({ filename: 'sessie.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST' });
    const ics = unfold(attachment.content);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${session.sessionId}@samenleven.vlaanderen.example`);
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('DTSTART:20230302T130000Z');
    expect(ics).toContain('DTEND:20230302T160000Z');
    expect(ics).toContain('SUMMARY:Pleinen die verbinden');
    expect(ics).toContain('LOCATION:Stadhuis Mechelen\\, Grote Markt 21');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain('Materiaal: https://example.org/pleinmakers/presentatie.pdf');
  });

  it('cancels the same event with a higher sequence', () => {
    const ics = unfold(sessionCalendar('session-cancelled', { ...session, sequence: 2 }).content);
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain(`UID:${session.sessionId}@samenleven.vlaanderen.example`);
  });

  it('attaches a calendar only to session messages', () => {
    expect(attachmentsOf({ kind: 'session-changed', session })).toHaveLength(1);
    expect(
      attachmentsOf({
        kind: 'attendance-confirmed',
        attendance: attendanceRecordedV1.example as AttendanceRecordedV1,
      }),
    ).toEqual([]);
  });
});
