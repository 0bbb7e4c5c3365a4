import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { simpleParser } from 'mailparser';
import {
  deadLetterTopic,
  governmentRegisteredV2,
  indicatorStatusChangedV2,
  reportSubmittedV2,
  targetsCommittedV3,
  TOPIC_PARTITIONS,
  TOPICS,
  type EventEnvelope,
  type IndicatorStatusChangedV2,
  type NetworkMembersChangedV1,
} from '#contracts';
import { ProgrammeClock } from '#platform';
import {
  committedTarget,
  eventually,
  grantedMentorship,
  request,
  startServiceUnderTest,
  testEnvelope,
  testReportV2,
  testTargetsCommitted,
  type ServiceUnderTest,
} from '#testing';
import { mentorshipsManifest } from '../apps/mentorships/src/mentorships.manifest.js';
import { notificationsManifest } from '../apps/notifications/src/notifications.manifest.js';
import { startMailSink, type MailSink } from '../scripts/infra/mail-sink.js';

const NETWORK = 'network-12025-A22-PJ1';
const GENT_MAIL = 'samenleven@gent.example';

interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

const readMails = async (dir: string): Promise<Mail[]> => {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(await readFile(path.join(dir, file)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((address) => address.text).join(', ') : (parsed.to?.text ?? '');
      return {
        to,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        attachments: parsed.attachments.map((attachment) => ({
          filename: attachment.filename ?? '',
          contentType: attachment.contentType,
          content: attachment.content.toString('utf8'),
        })),
      };
    }),
  );
};

const status = (governmentCode: string, status: IndicatorStatusChangedV2['status'], periodCode: string): IndicatorStatusChangedV2 => ({
  ...(indicatorStatusChangedV2.example as IndicatorStatusChangedV2),
  governmentCode,
  indicatorCode: 'A22',
  periodCode,
  status,
  achieved: status === 'lagging' ? 3 : 11,
  target: 12,
});

/**
 * A learning network from a granted mentorship to a member that caught up, through the real broker: mentorships and
 * notifications on one topic prefix, the e-mails in an SMTP sink.
 */
describe('a learning network on the real broker, with the messages in an SMTP sink', () => {
  let mentorships: ServiceUnderTest;
  let notifications: ServiceUnderTest;
  let mailSink: MailSink;
  let mailDir: string;
  let membersChanged: EventEnvelope<NetworkMembersChangedV1>[];
  let mentor: string;
  let otherMentor: string;
  let gent: string;
  const send = <T>(method: string, route: string, token: string, body?: unknown) =>
    request<T>(method, `${mentorships.url}${route}`, token, body);
  const mailsTo = async (address: string): Promise<Mail[]> => (await readMails(mailDir)).filter((mail) => mail.to === address);

  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(tmpdir(), 'samenleven-networks-mail-'));
    mailSink = await startMailSink({ smtpPort: 0, httpPort: 0, dir: mailDir });
    mentorships = await startServiceUnderTest({ manifest: mentorshipsManifest, label: 'networks_flow' });
    // Notifications reads mentorships' topics: the same prefix, with its own dead-letter topic there.
    const admin = new Kafka({ clientId: 'networks-flow-topics', brokers: mentorships.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: `${mentorships.prefix}${deadLetterTopic('notifications')}`, numPartitions: TOPIC_PARTITIONS, replicationFactor: 1 },
      ],
    });
    await admin.disconnect();
    notifications = await startServiceUnderTest({
      manifest: notificationsManifest,
      label: 'networks_flow_mail',
      environment: { SMTP_URL: `smtp://127.0.0.1:${mailSink.smtpPort}`, KAFKA_TOPIC_PREFIX: mentorships.prefix },
    });
    mentorships.app.get(ProgrammeClock).set(new Date('2023-01-16T08:00:00Z'));
    membersChanged = await mentorships.tap<NetworkMembersChangedV1>(TOPICS.mentorships);
    mentor = await mentorships.issuer.token({ role: 'mentor', network: NETWORK });
    otherMentor = await mentorships.issuer.token({ role: 'mentor', network: 'network-11002-A09-PJ1' });
    gent = await mentorships.issuer.token({ role: 'government', org: '44021' });
  }, 180_000);

  afterAll(async () => {
    await notifications?.stop();
    await mentorships?.stop();
    await mailSink?.stop();
    if (mailDir) await rm(mailDir, { recursive: true, force: true });
  }, 60_000);

  it('opens a network for a granted mentorship, suggests a lagging government, invites it and it joins', async () => {
    const register = (governmentCode: string, name: string, email: string) =>
      testEnvelope(governmentRegisteredV2, governmentCode, {
        ...governmentRegisteredV2.example,
        governmentCode,
        name,
        contacts: [{ name: `Samenleven ${name}`, email, phone: null, role: 'primary' }],
      });
    const a22 = (target: number) => [committedTarget('A22', { approvedAdditionalReach: target })];
    await mentorships.publish(
      register('44021', 'Stad Gent', GENT_MAIL),
      register('12025', 'Stad Mechelen', 'samenleven@mechelen.example'),
      testEnvelope(targetsCommittedV3, '12025', testTargetsCommitted('12025', 1, a22(10), { mentorships: [grantedMentorship(22)] })),
      testEnvelope(targetsCommittedV3, '11002', testTargetsCommitted('11002', 1, a22(8))),
      testEnvelope(targetsCommittedV3, '44021', testTargetsCommitted('44021', 1, a22(12))),
      testEnvelope(indicatorStatusChangedV2, '44021', status('44021', 'lagging', 'PJ1-INTERIM')),
    );
    const suggestions = await eventually(async () => {
      const response = await send<{ governmentCode: string; priority: boolean }[]>('GET', `/networks/${NETWORK}/suggestions`, mentor);
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(2);
      expect(response.body[0]?.priority).toBe(true);
      return response.body;
    });
    expect(suggestions).toEqual([
      { governmentCode: '44021', status: 'lagging', priority: true },
      { governmentCode: '11002', status: null, priority: false },
    ]);
    expect((await send('GET', `/networks/${NETWORK}/suggestions`, otherMentor)).status).toBe(403);

    expect((await send('POST', `/networks/${NETWORK}/invitations`, mentor, { governmentCode: '44021' })).status).toBe(201);
    const twice = await send<{ detail: string }>('POST', `/networks/${NETWORK}/invitations`, mentor, { governmentCode: '44021' });
    expect([twice.status, twice.body.detail]).toEqual([409, `governmentCode: 44021 is already invited to ${NETWORK}`]);
    expect((await send('POST', `/networks/${NETWORK}/invitations/11002/accept`, gent)).status).toBe(403);
    const joined = await send<{ state: string; statusAtJoin: string }>('POST', `/networks/${NETWORK}/invitations/44021/accept`, gent);
    expect([joined.status, joined.body.state, joined.body.statusAtJoin]).toEqual([200, 'member', 'lagging']);

    await eventually(() => expect(membersChanged.filter((event) => event.type === 'mentorships.network-members-changed')).toHaveLength(1));
    // The grant's network was announced once, ahead of its member list (same key).
    expect(
      membersChanged.filter((event) => event.type === 'mentorships.network-opened').map((event) => [event.key, event.payload]),
    ).toEqual([
      [NETWORK, expect.objectContaining({ networkId: NETWORK, mentorGovernmentCode: '12025', actionNumber: 22, amountCents: 1_000_000 })],
    ]);
    expect(membersChanged.find((event) => event.type === 'mentorships.network-members-changed')).toMatchObject({
      key: NETWORK,
      payload: { networkId: NETWORK, memberCodes: ['44021'], membershipVersion: 1 },
    });
    const [invitation] = await eventually(async () => {
      const mails = (await mailsTo(GENT_MAIL)).filter((mail) => mail.subject.includes('uitnodiging'));
      expect(mails).toHaveLength(1);
      return mails;
    });
    expect(invitation.subject).toBe('Plan Samenleven: uitnodiging voor het lerend netwerk rond actie 22 (projectjaar 1)');
    expect(invitation.text).toContain('Het mentorbestuur Stad Mechelen nodigt u uit');
  }, 120_000);

  it('plans a session (e-mail with .ics), takes a registration and attendance by code, and confirms it once', async () => {
    const plan = {
      title: 'Pleinen die verbinden',
      theme: 'publieke ruimte',
      startsAt: '2023-03-02T13:00:00.000Z',
      endsAt: '2023-03-02T16:00:00.000Z',
      place: 'Stadhuis Mechelen, Grote Markt 21',
      capacity: 10,
      materials: ['https://example.org/slides.pdf'],
    };
    const backwards = await send<{ detail: string }>('POST', `/networks/${NETWORK}/sessions`, mentor, { ...plan, endsAt: plan.startsAt });
    expect([backwards.status, backwards.body.detail]).toEqual([
      400,
      'endsAt: 2023-03-02T13:00:00.000Z is not after startsAt 2023-03-02T13:00:00.000Z',
    ]);
    const planned = await send<{ id: string; attendanceCode: string }>('POST', `/networks/${NETWORK}/sessions`, mentor, plan);
    expect(planned.status).toBe(201);
    const sessionId = planned.body.id;
    const registration = { governmentCode: '44021' };
    expect((await send('POST', `/networks/${NETWORK}/sessions/${sessionId}/registrations`, gent, registration)).status).toBe(201);
    const again = await send<{ detail: string }>('POST', `/networks/${NETWORK}/sessions/${sessionId}/registrations`, gent, registration);
    expect([again.status, again.body.detail]).toEqual([400, `governmentCode: 44021 is already registered for session ${sessionId}`]);
    // Withdrawn before the start, the place is free again; the member registers anew.
    const registrationOf44021 = `/networks/${NETWORK}/sessions/${sessionId}/registrations/44021`;
    expect((await send('DELETE', `/networks/${NETWORK}/sessions/${sessionId}/registrations/11002`, gent)).status).toBe(403);
    const withdrawn = await send<{ registered: number; capacity: number }>('DELETE', registrationOf44021, gent);
    expect([withdrawn.status, withdrawn.body.registered, withdrawn.body.capacity]).toEqual([200, 0, 10]);
    const notRegistered = await send<{ detail: string }>('DELETE', registrationOf44021, gent);
    expect([notRegistered.status, notRegistered.body.detail]).toEqual([
      404,
      `registration: 44021 is not registered for session ${sessionId}`,
    ]);
    expect((await send('POST', `/networks/${NETWORK}/sessions/${sessionId}/registrations`, gent, registration)).status).toBe(201);
    const member = await send<{ attendanceCode?: string; registrations: unknown[] }[]>('GET', `/networks/${NETWORK}/sessions`, gent);
    expect(member.body[0]?.attendanceCode).toBeUndefined();

    mentorships.app.get(ProgrammeClock).set(new Date('2023-03-02T13:20:00Z'));
    const started = await send<{ detail: string }>('DELETE', registrationOf44021, gent);
    expect([started.status, started.body.detail]).toEqual([
      400,
      `sessionId: session ${sessionId} started at 2023-03-02T13:00:00.000Z; a registration can be withdrawn only before that`,
    ]);
    const code = { governmentCode: '44021', code: planned.body.attendanceCode };
    const wrong = await send<{ detail: string }>('POST', `/networks/${NETWORK}/sessions/${sessionId}/attendance-code`, gent, {
      ...code,
      code: 'WRONG1',
    });
    expect([wrong.status, wrong.body.detail]).toEqual([400, 'code: not the attendance code of this session']);
    expect((await send('POST', `/networks/${NETWORK}/sessions/${sessionId}/attendance-code`, gent, code)).status).toBe(200);
    expect((await send('POST', `/networks/${NETWORK}/sessions/${sessionId}/attendance-code`, gent, code)).status).toBe(200);

    const mails = await eventually(async () => {
      const received = await mailsTo(GENT_MAIL);
      expect(received.filter((mail) => mail.subject.includes('aanwezigheid'))).toHaveLength(1);
      expect(received.filter((mail) => mail.subject.includes('nieuwe sessie'))).toHaveLength(1);
      return received;
    });
    const sessionMail = mails.find((mail) => mail.subject.includes('nieuwe sessie'));
    expect(sessionMail?.text).toContain('Wanneer: donderdag 2 maart 2023, van 14:00 tot 17:00');
    expect(sessionMail?.attachments).toEqual([
      {
        filename: 'sessie.ics',
        contentType: 'text/calendar',
        content: expect.stringContaining(`UID:${sessionId}@samenleven.vlaanderen.example`),
      },
    ]);
    expect(sessionMail?.attachments[0]?.content).toContain('METHOD:REQUEST');
    expect(sessionMail?.attachments[0]?.content).toContain('DTSTART:20230302T130000Z');
    expect(mails.find((mail) => mail.subject.includes('aanwezigheid'))?.text).toContain('met de aanwezigheidscode');
  }, 120_000);

  it("shows the member's catch-up on the network page after a better report", async () => {
    mentorships.app.get(ProgrammeClock).set(new Date('2023-10-12T09:00:00Z'));
    await mentorships.publish(
      testEnvelope(reportSubmittedV2, '44021', testReportV2('44021', 'PJ1-ANNUAL', 1, [{ indicatorCode: 'A22', achieved: 11 }])),
      testEnvelope(indicatorStatusChangedV2, '44021', status('44021', 'on-track', 'PJ1-ANNUAL')),
    );
    const page = await eventually(async () => {
      const response = await send<{ catchUp: { caughtUp: boolean }[]; members: unknown[] }>('GET', `/networks/${NETWORK}`, mentor);
      expect(response.status).toBe(200);
      expect(response.body.catchUp[0]?.caughtUp).toBe(true);
      return response.body;
    });
    expect(page.catchUp).toEqual([
      {
        governmentCode: '44021',
        statusAtJoin: 'lagging',
        statusNow: 'on-track',
        caughtUp: true,
        caughtUpAt: expect.stringMatching(/^2023-10-12T09:0/),
      },
    ]);
    expect(page.members).toEqual([
      {
        governmentCode: '44021',
        joinedAt: expect.any(String),
        visibility: 'figures',
        status: 'on-track',
        indicators: [{ indicatorCode: 'A22', target: 12, realised: 11, status: 'on-track' }],
        sessionsAttended: 1,
      },
    ]);
    expect(await mentorships.deadLetterCount('mentorships')).toBe(0);
  }, 120_000);
});
