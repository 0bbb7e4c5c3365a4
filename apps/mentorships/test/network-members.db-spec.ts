import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type {
  IndicatorStatusChangedV2,
  InvitationDeclinedV1,
  MemberCaughtUpV1,
  MemberInvitedV1,
  NetworkMembersChangedV1,
} from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import { committedTarget, grantedMentorship, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { ChangeMembershipHandler } from '../src/application/change-membership/change-membership.handler.js';
import type { MembershipChange } from '../src/application/change-membership/change-membership.command.js';
import { ListSuggestionsHandler } from '../src/application/list-suggestions/list-suggestions.handler.js';
import { OpenLearningNetworksHandler } from '../src/application/open-learning-networks/open-learning-networks.handler.js';
import { RecordCommittedTargetsHandler } from '../src/application/record-committed-targets/record-committed-targets.handler.js';
import { RecordIndicatorStatusHandler } from '../src/application/record-indicator-status/record-indicator-status.handler.js';
import { mentorshipsManifest } from '../src/mentorships.manifest.js';
import { statusChange } from './status-change.js';

const NETWORK = 'network-12025-A22-PJ1';

describe('learning network members, on a real database', () => {
  let mentorships: UseCasesUnderTest;
  let clock: ProgrammeClock;
  const change = (governmentCode: string, change: MembershipChange, networkId = NETWORK) =>
    mentorships.get(ChangeMembershipHandler).execute({ networkId, governmentCode, change });
  const commit = (governmentCode: string, indicators: string[]) =>
    mentorships.get(RecordCommittedTargetsHandler).execute(
      testTargetsCommitted(
        governmentCode,
        1,
        indicators.map((code) => committedTarget(code, { approvedAdditionalReach: 100 })),
      ),
    );
  const status = (change: IndicatorStatusChangedV2) => mentorships.get(RecordIndicatorStatusHandler).execute(change);

  beforeAll(async () => {
    mentorships = await startUseCasesUnderTest({ manifest: mentorshipsManifest, label: 'mentorships_members_db' });
    clock = mentorships.get(ProgrammeClock);
  });

  afterAll(async () => {
    await mentorships?.stop();
  });

  beforeEach(async () => {
    await mentorships.query('TRUNCATE learning_network, network_member, committed_target, indicator_status, audit_log, outbox');
    clock.set(new Date('2023-01-16T08:00:00Z'));
    await mentorships.get(OpenLearningNetworksHandler).execute(
      testTargetsCommitted('12025', 1, [committedTarget('A22', { approvedAdditionalReach: 10 })], {
        mentorships: [grantedMentorship(22)],
      }),
    );
  });

  it('suggests the governments with targets on the action that year, lagging or at risk first, leaving out members', async () => {
    await commit('12025', ['A22']);
    await commit('44021', ['A22', 'A05']);
    await commit('11002', ['A22']);
    await commit('46003', ['A09-NIEUWKOMERS']);
    await commit('23088', ['A22']);
    await commit('35013', ['A22']);
    await status(statusChange('11002', 'A22', 'on-track'));
    await status(statusChange('44021', 'A22', 'lagging'));
    await status(statusChange('44021', 'A05', 'on-track'));
    await status(statusChange('35013', 'A22', 'at-risk'));
    await change('23088', 'invite');
    const suggestions = await mentorships.get(ListSuggestionsHandler).execute({ networkId: NETWORK });
    expect(suggestions).toEqual([
      { governmentCode: '35013', status: 'at-risk', priority: true },
      { governmentCode: '44021', status: 'lagging', priority: true },
      { governmentCode: '11002', status: 'on-track', priority: false },
    ]);
    // An amendment (revision 2) replaces the targets whole: 11002 drops action 22.
    const amended = testTargetsCommitted('11002', 1, [committedTarget('A05', { approvedAdditionalReach: 1 })], { revision: 2 });
    const first = testTargetsCommitted('11002', 1, [committedTarget('A22', { approvedAdditionalReach: 1 })], {
      applicationId: amended.applicationId,
    });
    await mentorships.query('DELETE FROM committed_target WHERE government_code = $1', ['11002']);
    expect(await mentorships.get(RecordCommittedTargetsHandler).execute(first)).toBe(true);
    expect(await mentorships.get(RecordCommittedTargetsHandler).execute(amended)).toBe(true);
    expect(await mentorships.get(RecordCommittedTargetsHandler).execute(first)).toBe(false);
    expect((await mentorships.get(ListSuggestionsHandler).execute({ networkId: NETWORK })).map((s) => s.governmentCode)).toEqual([
      '35013',
      '44021',
    ]);
    await expect(mentorships.get(ListSuggestionsHandler).execute({ networkId: 'network-A05' })).rejects.toThrow(NotFound);
  });

  it('announces every change of the member list with the whole list and an increasing version; an invitation separately', async () => {
    await status(statusChange('44021', 'A22', 'lagging'));
    clock.set(new Date('2023-01-20T09:00:00Z'));
    expect(await change('44021', 'invite')).toMatchObject({ state: 'invited', invitedAt: expect.stringMatching(/^2023-01-20T09:0/) });
    await change('11002', 'invite');
    expect(await change('44021', 'accept')).toMatchObject({ state: 'member', statusAtJoin: 'lagging' });
    clock.set(new Date('2023-01-24T14:30:00Z'));
    await change('11002', 'decline');
    await change('23088', 'add');
    await change('44021', 'leave');
    await change('23088', 'remove');

    const invited = await mentorships.outbox<MemberInvitedV1>('mentorships.member-invited');
    expect(invited.map((event) => [event.key, event.payload])).toEqual([
      [
        '44021',
        {
          networkId: NETWORK,
          mentorGovernmentCode: '12025',
          actionNumber: 22,
          projectYear: 1,
          governmentCode: '44021',
          invitedAt: expect.stringMatching(/^2023-01-20T09:0/),
        },
      ],
      ['11002', expect.objectContaining({ governmentCode: '11002' })],
    ]);
    // The decline is announced once, keyed like the invitation, and changes no member list.
    const declined = await mentorships.outbox<InvitationDeclinedV1>('mentorships.invitation-declined');
    expect(declined.map((event) => [event.key, event.version, event.payload])).toEqual([
      [
        '11002',
        1,
        {
          networkId: NETWORK,
          mentorGovernmentCode: '12025',
          actionNumber: 22,
          projectYear: 1,
          governmentCode: '11002',
          declinedAt: expect.stringMatching(/^2023-01-24T14:3/),
        },
      ],
    ]);
    const changed = await mentorships.outbox<NetworkMembersChangedV1>('mentorships.network-members-changed');
    expect(changed.map((event) => [event.key, event.payload.membershipVersion, event.payload.memberCodes])).toEqual([
      [NETWORK, 1, ['44021']],
      [NETWORK, 2, ['23088', '44021']],
      [NETWORK, 3, ['23088']],
      [NETWORK, 4, []],
    ]);
    expect(changed[0].payload).toEqual({
      networkId: NETWORK,
      mentorGovernmentCode: '12025',
      actionNumber: 22,
      projectYear: 1,
      memberCodes: ['44021'],
      membershipVersion: 1,
      changedAt: expect.stringMatching(/^2023-01-20T09:0/),
    });
    expect(changed[1].payload.changedAt).toMatch(/^2023-01-24T14:3/);
    const audit = await mentorships.query<{ action: string }>("SELECT action FROM audit_log WHERE object_type = 'network-member'");
    expect(audit.map((row) => row.action).sort()).toEqual([
      'accept-network-member',
      'add-network-member',
      'decline-network-member',
      'invite-network-member',
      'invite-network-member',
      'leave-network-member',
      'remove-network-member',
    ]);
  });

  it('refuses what the rules forbid and leaves nothing behind', async () => {
    await expect(change('12025', 'invite')).rejects.toThrow(RuleViolation);
    await expect(change('Gent', 'add')).rejects.toThrow('governmentCode: Gent is not a government code');
    await expect(change('44021', 'accept')).rejects.toThrow(NotFound);
    await expect(change('44021', 'leave')).rejects.toThrow(NotFound);
    await expect(change('44021', 'decline')).rejects.toThrow('invitation: 44021 has no open invitation');
    await expect(change('44021', 'invite', 'network-99999-A01-PJ1')).rejects.toThrow(NotFound);
    expect(await mentorships.count('network_member')).toBe(0);
    await change('44021', 'invite');
    await expect(change('44021', 'invite')).rejects.toThrow(Conflict);
    await change('44021', 'accept');
    await expect(change('44021', 'add')).rejects.toThrow(Conflict);
    expect(await mentorships.count('network_member')).toBe(1);
    expect((await mentorships.outbox('mentorships.network-members-changed')).length).toBe(1);
    expect((await mentorships.outbox('mentorships.member-invited')).length).toBe(1);
    expect(await mentorships.outbox('mentorships.invitation-declined')).toEqual([]);
  });

  it('lets a government be in several networks, once in each', async () => {
    await mentorships.get(OpenLearningNetworksHandler).execute(
      testTargetsCommitted('11002', 1, [committedTarget('A22', { approvedAdditionalReach: 10 })], {
        mentorships: [grantedMentorship(22)],
      }),
    );
    await Promise.all([change('44021', 'add'), change('44021', 'add', 'network-11002-A22-PJ1'), change('46003', 'add')]);
    const rows = await mentorships.query<{ network_id: string }>("SELECT network_id FROM network_member WHERE government_code = '44021'");
    expect(rows.map((row) => row.network_id).sort()).toEqual(['network-11002-A22-PJ1', NETWORK]);
    // Concurrent changes of one network take turns: versions 1 and 2, the second listing both members.
    const changed = await mentorships.outbox<NetworkMembersChangedV1>('mentorships.network-members-changed');
    const ofNetwork = changed.filter((event) => event.payload.networkId === NETWORK).map((event) => event.payload);
    expect(ofNetwork.map((payload) => payload.membershipVersion)).toEqual([1, 2]);
    expect(ofNetwork[1].memberCodes).toEqual(['44021', '46003']);
  });

  it('dates the catch-up of a member that joined lagging, once, and ignores a late older status', async () => {
    await status(statusChange('44021', 'A09-NIEUWKOMERS', 'lagging'));
    await status(statusChange('44021', 'A22', 'lagging'));
    await change('44021', 'add');
    clock.set(new Date('2023-09-02T10:00:00Z'));
    expect(await status(statusChange('44021', 'A22', 'on-track', { periodCode: 'PJ1-ANNUAL' }))).toEqual([NETWORK]);
    expect(await status(statusChange('44021', 'A22', 'lagging', { periodCode: 'PJ1-INTERIM', reportVersion: 2 }))).toEqual([]);
    expect(await status(statusChange('44021', 'A22', 'achieved', { periodCode: 'PJ1-ANNUAL', reportVersion: 2 }))).toEqual([]);
    const [row] = await mentorships.query<{ status: string }>("SELECT status FROM indicator_status WHERE indicator_code = 'A22'");
    expect(row.status).toBe('achieved');
    const caughtUp = await mentorships.outbox<MemberCaughtUpV1>('mentorships.member-caught-up');
    expect(caughtUp.map((event) => event.payload)).toEqual([
      {
        networkId: NETWORK,
        mentorGovernmentCode: '12025',
        actionNumber: 22,
        projectYear: 1,
        governmentCode: '44021',
        statusAtJoin: 'lagging',
        status: 'on-track',
        caughtUpAt: expect.stringMatching(/^2023-09-02T10:0/),
      },
    ]);
  });
});
