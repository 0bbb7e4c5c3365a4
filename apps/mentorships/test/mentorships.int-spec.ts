import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  indicatorStatusChangedV1,
  memberProgressRecordedV1,
  networkOpenedV1,
  reportSubmittedV1,
  reportSubmittedV2,
  targetsCommittedV2,
  targetsCommittedV3,
  TOPICS,
  type EventEnvelope,
  type MemberProgressRecordedV1,
  type NetworkOpenedV1,
  type ReportSubmittedV2,
} from '#contracts';
import { randomUUID } from 'node:crypto';
import {
  committedTarget,
  eventually,
  grantedMentorship,
  startServiceUnderTest,
  testEnvelope,
  testReport,
  testReportV2,
  testTargetsCommitted,
  type ServiceUnderTest,
} from '#testing';
import type { LearningNetworkView } from '../src/application/list-networks/list-networks.handler.js';
import type { ProgressView } from '../src/application/list-progress/list-progress.handler.js';
import { mentorshipsManifest } from '../src/mentorships.manifest.js';

const report = (periodCode: string, reportVersion: number, results: Parameters<typeof testReportV2>[3]): EventEnvelope<ReportSubmittedV2> =>
  testEnvelope(reportSubmittedV2, '44021', testReportV2('44021', periodCode, reportVersion, results));

describe('mentorships on the real broker and database', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<MemberProgressRecordedV1>[];
  let abb: string;
  let gent: string;

  beforeAll(async () => {
    service = await startServiceUnderTest({ manifest: mentorshipsManifest, label: 'mentorships' });
    announced = await service.tap<MemberProgressRecordedV1>(TOPICS.mentorships);
    abb = await service.issuer.token({ role: 'abb' });
    gent = await service.issuer.token({ role: 'government', org: '44021' });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  it("keeps the latest version of each member's progress, applies each event once and announces what it recorded", async () => {
    const first = report('PJ1-INTERIM', 1, [{ indicatorCode: 'A05', achieved: 600 }]);
    // Which version wins (a newer one replaces, a late older one is ignored) is the database tier's
    // (mentorships.db-spec.ts); here: each delivery applied once, an ignored event type, per-key order.
    // A v1 event, as reports submitted before v2 still are on the topic: it counts like any other.
    const correction = testEnvelope(
      reportSubmittedV1,
      '44021',
      testReport('44021', 'PJ1-INTERIM', 3, [{ indicatorCode: 'A05', achieved: 1500 }]),
    );
    const statusChange = testEnvelope(indicatorStatusChangedV1, '44021', indicatorStatusChangedV1.example);
    // Same key, so same partition: once its effect shows, everything before it was handled. A nil report stays null.
    const sentinel = report('PJ1-ANNUAL', 1, [{ indicatorCode: 'A09-NIEUWKOMERS', achieved: null, motivation: 'nog niet gestart' }]);
    await service.publish(first, first, statusChange, correction, first, sentinel);

    const progress = await eventually(async () => {
      const response = await service.get<ProgressView[]>('/progress?governmentCode=44021', gent);
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(2);
      return response.body;
    });
    expect(progress).toEqual([
      {
        governmentCode: '44021',
        networkId: 'network-A09',
        indicatorCode: 'A09-NIEUWKOMERS',
        projectYear: 1,
        periodCode: 'PJ1-ANNUAL',
        achieved: null,
        reportVersion: 1,
        recordedAt: expect.any(String),
      },
      {
        governmentCode: '44021',
        networkId: 'network-A05',
        indicatorCode: 'A05',
        projectYear: 1,
        periodCode: 'PJ1-INTERIM',
        achieved: 1500,
        reportVersion: 3,
        recordedAt: expect.any(String),
      },
    ]);

    // The relay publishes in outbox order per key: once the sentinel's progress is announced, so is everything before it.
    await eventually(() => expect(announced.map((event) => event.payload.periodCode)).toContain('PJ1-ANNUAL'));
    expect(announced.map((event) => [event.payload.periodCode, event.payload.achieved])).toEqual([
      ['PJ1-INTERIM', 600],
      ['PJ1-INTERIM', 1500],
      ['PJ1-ANNUAL', null],
    ]);
    expect(announced[0]).toMatchObject({
      type: memberProgressRecordedV1.type,
      version: 1,
      producer: 'mentorships',
      key: '44021',
      correlationId: first.correlationId,
      causationId: first.eventId,
      payload: {
        governmentCode: '44021',
        networkId: 'network-A05',
        indicatorCode: 'A05',
        projectYear: 1,
        periodCode: 'PJ1-INTERIM',
        achieved: 600,
      },
    });
    // indicator-status-changed was ignored on purpose, not dead-lettered.
    expect(await service.deadLetterCount('mentorships')).toBe(0);
  }, 60_000);

  it('shows a government its own progress only', async () => {
    expect((await service.get<ProgressView[]>('/progress?governmentCode=44021', abb)).body).toHaveLength(2);
    const antwerpen = await service.issuer.token({ role: 'government', org: '11002' });
    expect((await service.get('/progress?governmentCode=44021', antwerpen)).status).toBe(403);
    expect((await service.get('/progress?governmentCode=44021')).status).toBe(401);
    const badCode = await service.get<{ message: string }>('/progress?governmentCode=Gent', abb);
    expect(badCode.status).toBe(400);
    expect(badCode.body.message).toContain('governmentCode');
    const missing = await service.get<{ message: string }>('/progress', abb);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('governmentCode');
  });

  it('opens a learning network for each mentorship a published targets-committed v3 grants, once; v2 is ignored', async () => {
    const applicationId = randomUUID();
    const decided = testTargetsCommitted('44021', 1, [committedTarget('A05', { approvedAdditionalReach: 1500 })], {
      applicationId,
      mentorships: [grantedMentorship(5)],
    });
    const amended = testTargetsCommitted('44021', 1, [committedTarget('A05', { approvedAdditionalReach: 1000 })], {
      applicationId,
      decisionId: decided.decisionId,
      revision: 2,
      mentorships: [grantedMentorship(5)],
    });
    const legacy = testEnvelope(targetsCommittedV2, '44021', targetsCommittedV2.example);
    // Same key, so same partition: once the sentinel's network shows, everything before it was handled.
    const sentinel = testTargetsCommitted('44021', 2, [committedTarget('A05', { approvedAdditionalReach: 10 })], {
      mentorships: [grantedMentorship(9)],
    });
    const event = testEnvelope(targetsCommittedV3, '44021', decided);
    await service.publish(
      event,
      event,
      legacy,
      testEnvelope(targetsCommittedV3, '44021', amended),
      testEnvelope(targetsCommittedV3, '44021', sentinel),
    );

    const networks = await eventually(async () => {
      const response = await service.get<LearningNetworkView[]>('/networks', abb);
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(2);
      return response.body;
    });
    expect(networks).toEqual([
      {
        id: 'network-44021-A05-PJ1',
        mentorCode: '44021',
        actionNumber: 5,
        projectYear: 1,
        amountCents: 1_000_000,
        openedAt: expect.any(String),
        applicationId,
        sharing: 'names-and-statuses',
      },
      expect.objectContaining({ id: 'network-44021-A09-PJ2', actionNumber: 9, projectYear: 2 }),
    ]);

    // Each network is announced once on the broker, keyed by the network, in the same transaction as its opening.
    const opened = () =>
      (announced as EventEnvelope[]).filter((event) => event.type === networkOpenedV1.type) as EventEnvelope<NetworkOpenedV1>[];
    await eventually(() => expect(opened()).toHaveLength(2));
    expect(opened().map((event) => [event.key, event.payload.mentorshipId, event.payload.amountCents])).toEqual(
      expect.arrayContaining([
        ['network-44021-A05-PJ1', `mentorship-${applicationId}-A05`, 1_000_000],
        ['network-44021-A09-PJ2', `mentorship-${sentinel.applicationId}-A09`, 1_000_000],
      ]),
    );
    expect(opened().find((event) => event.key === 'network-44021-A05-PJ1')).toMatchObject({
      version: 1,
      producer: 'mentorships',
      causationId: event.eventId,
      payload: { networkId: 'network-44021-A05-PJ1', mentorGovernmentCode: '44021', actionNumber: 5, projectYear: 1 },
    });

    // A mentor sees the networks its token names; a government officer those it is invited to or in (none here).
    const mentor = await service.issuer.token({ role: 'mentor', network: 'network-44021-A05-PJ1' });
    const own = await service.get<LearningNetworkView[]>('/networks', mentor);
    expect(own.body.map((network) => network.id)).toEqual(['network-44021-A05-PJ1']);
    const forGent = await service.get<LearningNetworkView[]>('/networks', gent);
    expect([forGent.status, forGent.body]).toEqual([200, []]);
    expect(await service.deadLetterCount('mentorships')).toBe(0);
  }, 60_000);
});
