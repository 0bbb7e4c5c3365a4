import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { NetworkOpenedV1 } from '#contracts';
import { ProgrammeClock } from '#platform';
import { committedTarget, grantedMentorship, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { ListNetworksHandler } from '../src/application/list-networks/list-networks.handler.js';
import { OpenLearningNetworksHandler } from '../src/application/open-learning-networks/open-learning-networks.handler.js';
import { mentorshipsManifest } from '../src/mentorships.manifest.js';

describe('learning networks opened by granted mentorships, on a real database', () => {
  let mentorships: UseCasesUnderTest;
  let openNetworks: OpenLearningNetworksHandler;
  const networks = (networkIds?: string[]) => mentorships.get(ListNetworksHandler).execute({ networkIds });
  const lines = [committedTarget('A05', { approvedAdditionalReach: 100 })];
  const announced = () => mentorships.outbox<NetworkOpenedV1>('mentorships.network-opened');

  beforeAll(async () => {
    mentorships = await startUseCasesUnderTest({ manifest: mentorshipsManifest, label: 'mentorships_networks_db' });
    openNetworks = mentorships.get(OpenLearningNetworksHandler);
    mentorships.get(ProgrammeClock).set(new Date('2023-01-16T08:00:00Z'));
  });

  afterAll(async () => {
    await mentorships?.stop();
  });

  beforeEach(async () => {
    await mentorships.query('TRUNCATE learning_network, audit_log, outbox');
  });

  it('opens a network per granted mentorship, run by the mentor, once however often the grant arrives', async () => {
    const applicationId = randomUUID();
    const decided = testTargetsCommitted('44021', 1, lines, {
      applicationId,
      mentorships: [grantedMentorship(5), grantedMentorship(9, 750_000)],
    });
    expect(await openNetworks.execute(decided)).toEqual(['network-44021-A05-PJ1', 'network-44021-A09-PJ1']);
    expect(await openNetworks.execute(decided)).toEqual([]);
    // An amendment (revision 2) repeats the grant: the network stays as it was opened.
    expect(await openNetworks.execute({ ...decided, revision: 2, mentorships: [grantedMentorship(5, 5)] })).toEqual([]);
    expect(await networks()).toEqual([
      {
        id: 'network-44021-A05-PJ1',
        mentorCode: '44021',
        actionNumber: 5,
        projectYear: 1,
        amountCents: 1_000_000,
        openedAt: expect.stringMatching(/^2023-01-16T08:0/),
        applicationId,
        sharing: 'names-and-statuses',
      },
      expect.objectContaining({ id: 'network-44021-A09-PJ1', actionNumber: 9, amountCents: 750_000 }),
    ]);
    // Each network opened is announced once, keyed by the network, with the grant's facts and the programme time.
    const opened = await announced();
    expect(opened.map((event) => [event.key, event.version, event.producer])).toEqual([
      ['network-44021-A05-PJ1', 1, 'mentorships'],
      ['network-44021-A09-PJ1', 1, 'mentorships'],
    ]);
    expect(opened[0].payload).toEqual({
      networkId: 'network-44021-A05-PJ1',
      mentorshipId: `mentorship-${applicationId}-A05`,
      applicationId,
      decisionId: decided.decisionId,
      mentorGovernmentCode: '44021',
      actionNumber: 5,
      projectYear: 1,
      amountCents: 1_000_000,
      openedAt: expect.stringMatching(/^2023-01-16T08:0/),
    });
    expect(opened[1].payload).toMatchObject({ mentorshipId: `mentorship-${applicationId}-A09`, actionNumber: 9, amountCents: 750_000 });
    const audit = await mentorships.query<{ action: string; object_id: string; actor_subject: string }>(
      'SELECT action, object_id, actor_subject FROM audit_log ORDER BY object_id',
    );
    expect(audit).toEqual([
      { action: 'open-learning-network', object_id: 'network-44021-A05-PJ1', actor_subject: 'system' },
      { action: 'open-learning-network', object_id: 'network-44021-A09-PJ1', actor_subject: 'system' },
    ]);
  });

  it('opens nothing for a decision without mentorships; shows a mentor only its own networks', async () => {
    expect(await openNetworks.execute(testTargetsCommitted('11002', 1, lines))).toEqual([]);
    await openNetworks.execute(testTargetsCommitted('11002', 2, lines, { mentorships: [grantedMentorship(5)] }));
    await openNetworks.execute(testTargetsCommitted('44021', 2, lines, { mentorships: [grantedMentorship(5)] }));
    expect((await networks()).map((network) => network.id)).toEqual(['network-11002-A05-PJ2', 'network-44021-A05-PJ2']);
    expect((await networks(['network-44021-A05-PJ2', 'network-A05'])).map((network) => network.id)).toEqual(['network-44021-A05-PJ2']);
    expect(await networks([])).toEqual([]);
    expect((await announced()).map((event) => event.payload.networkId)).toEqual(['network-11002-A05-PJ2', 'network-44021-A05-PJ2']);
  });

  it('opens each network once when the same grant is handled twice at the same moment', async () => {
    const decided = testTargetsCommitted('VGC', 3, lines, { mentorships: [grantedMentorship(17)] });
    const outcomes = await Promise.all([openNetworks.execute(decided), openNetworks.execute({ ...decided })]);
    expect(outcomes.flat()).toEqual(['network-VGC-A17-PJ3']);
    expect(await mentorships.count('learning_network')).toBe(1);
    expect(await mentorships.count('audit_log')).toBe(1);
    expect((await announced()).map((event) => event.key)).toEqual(['network-VGC-A17-PJ3']);
  });
});
