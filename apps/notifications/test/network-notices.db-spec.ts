import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  attendanceRecordedV1,
  memberInvitedV1,
  networkBehindOnSessionsV1,
  sessionScheduledV1,
  type AttendanceRecordedV1,
  type SessionScheduledV1,
} from '#contracts';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { NotifyNetworkHandler, recipientCauseId } from '../src/application/notify-network/notify-network.handler.js';
import { RecordContactsHandler } from '../src/application/record-contacts/record-contacts.handler.js';
import type { MailAttachment } from '../src/infrastructure/session-calendar.js';
import { notificationsManifest } from '../src/notifications.manifest.js';
import { registration } from './notice-payloads.js';

const ABB_STAFF = ['netwerken@abb.example'];
const session: SessionScheduledV1 = { ...sessionScheduledV1.example, recipientCodes: ['44021', '11002'] };

interface Row {
  government_code: string;
  channel: string;
  recipient: string;
  template: string;
  subject: string;
  body: string;
  attachments: MailAttachment[] | null;
}

describe('learning network messages in notifications, on a real database', () => {
  let notifications: UseCasesUnderTest;
  const notify = (command: Parameters<NotifyNetworkHandler['execute']>[0]) => notifications.get(NotifyNetworkHandler).execute(command);
  const rows = (template: string): Promise<Row[]> =>
    notifications.query<Row>(
      'SELECT government_code, channel, recipient, template, subject, body, attachments FROM notification WHERE template = $1 ' +
        'ORDER BY government_code, channel, recipient',
      [template],
    );

  beforeAll(async () => {
    notifications = await startUseCasesUnderTest({
      manifest: notificationsManifest,
      label: 'notifications_networks',
      environment: { ABB_DIGEST_RECIPIENTS: ABB_STAFF.join(',') },
    });
  });

  afterAll(async () => {
    await notifications?.stop();
  });

  beforeEach(async () => {
    await notifications.query('TRUNCATE government_contact, notification, notice_awaiting_contacts, outbox, inbox');
    await notifications.get(RecordContactsHandler).execute(registration('44021', 'Stad Gent', ['an@gent.example', 'bo@gent.example']));
    await notifications.get(RecordContactsHandler).execute(registration('12025', 'Stad Mechelen', ['mentor@mechelen.example']));
  });

  it("sends every member of a session, once each, an e-mail with the session's calendar and an inbox item", async () => {
    const causeEventId = randomUUID();
    expect(await notify({ causeEventId, kind: 'session-planned', session })).toBe(3);
    expect(await notify({ causeEventId, kind: 'session-planned', session })).toBe(0);
    const written = await rows('session-planned');
    expect(written.map((row) => [row.government_code, row.channel, row.recipient])).toEqual([
      ['44021', 'email', 'an@gent.example'],
      ['44021', 'email', 'bo@gent.example'],
      ['44021', 'inbox', '44021'],
    ]);
    expect(written[0].subject).toBe(
      'Plan Samenleven: nieuwe sessie van uw lerend netwerk – Pleinen die verbinden (donderdag 2 maart 2023)',
    );
    expect(written[0].body).toContain('Beste collega van Stad Gent,');
    expect(written[0].attachments).toEqual([
      {
        filename: 'sessie.ics',
        contentType: 'text/calendar; charset=utf-8; method=REQUEST',
        content: expect.stringContaining('BEGIN:VEVENT'),
      },
    ]);
    expect(written[2].attachments).toBeNull();
    // Antwerpen's contacts are not known yet: its notice waits for them, under a cause of its own.
    const held = await notifications.query<{ cause_event_id: string; government_code: string }>(
      'SELECT cause_event_id, government_code FROM notice_awaiting_contacts',
    );
    expect(held).toEqual([{ cause_event_id: recipientCauseId(causeEventId, '11002'), government_code: '11002' }]);
    await notifications.get(RecordContactsHandler).execute(registration('11002', 'Stad Antwerpen', ['el@antwerpen.example']));
    const released = (await rows('session-planned')).filter((row) => row.government_code === '11002');
    expect(released.map((row) => [row.channel, row.recipient, row.attachments?.length ?? 0])).toEqual([
      ['email', 'el@antwerpen.example', 1],
      ['inbox', '11002', 0],
    ]);
  });

  it('sends a cancellation with a cancelling calendar, an invitation and an attendance confirmation to the government named', async () => {
    await notify({ causeEventId: randomUUID(), kind: 'session-cancelled', session: { ...session, sequence: 2 } });
    const [cancelled] = await rows('session-cancelled');
    expect(cancelled.attachments?.[0]?.content).toContain('METHOD:CANCEL');
    expect(cancelled.attachments?.[0]?.content).toContain('SEQUENCE:2');
    await notify({ causeEventId: randomUUID(), invitation: memberInvitedV1.example });
    expect((await rows('network-invitation')).map((row) => row.subject)).toEqual([
      'Plan Samenleven: uitnodiging voor het lerend netwerk rond actie 22 (projectjaar 1)',
      'Plan Samenleven: uitnodiging voor het lerend netwerk rond actie 22 (projectjaar 1)',
      'Plan Samenleven: uitnodiging voor het lerend netwerk rond actie 22 (projectjaar 1)',
    ]);
    // The mentor by the name the register announced.
    expect((await rows('network-invitation'))[0].body).toContain('Het mentorbestuur Stad Mechelen nodigt u uit');
    const attendance = attendanceRecordedV1.example as AttendanceRecordedV1;
    const causeEventId = randomUUID();
    await notify({ causeEventId, attendance });
    await notify({ causeEventId, attendance });
    const confirmed = await rows('attendance-confirmed');
    expect(confirmed).toHaveLength(3);
    expect(confirmed[0].body).toContain('met de aanwezigheidscode');
  });

  it('tells the mentor and ABB, once, that a network is behind on its minimum sessions', async () => {
    const causeEventId = randomUUID();
    expect(await notify({ causeEventId, behind: networkBehindOnSessionsV1.example })).toBe(4);
    expect(await notify({ causeEventId, behind: networkBehindOnSessionsV1.example })).toBe(0);
    const written = await rows('network-behind');
    expect(written.map((row) => [row.channel, row.recipient, row.body.split('\n')[0]])).toEqual([
      ['email', 'mentor@mechelen.example', 'Beste collega van Stad Mechelen,'],
      ['email', 'netwerken@abb.example', 'Beste collega van ABB,'],
      ['inbox', '12025', 'Beste collega van Stad Mechelen,'],
      ['inbox', 'abb', 'Beste collega van ABB,'],
    ]);
    expect(written[1].body).toContain('van mentorbestuur Stad Mechelen rond actie 22');
  });
});
