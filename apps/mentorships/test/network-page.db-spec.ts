import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import {
  committedTarget,
  grantedMentorship,
  startUseCasesUnderTest,
  testReportV2,
  testTargetsCommitted,
  type UseCasesUnderTest,
} from '#testing';
import { ChangeMembershipHandler } from '../src/application/change-membership/change-membership.handler.js';
import { ChangeSharingHandler } from '../src/application/change-sharing/change-sharing.handler.js';
import { GetNetworkPageHandler } from '../src/application/get-network-page/get-network-page.handler.js';
import { OpenLearningNetworksHandler } from '../src/application/open-learning-networks/open-learning-networks.handler.js';
import { PlanSessionHandler } from '../src/application/plan-session/plan-session.handler.js';
import { RecordAttendanceHandler } from '../src/application/record-attendance/record-attendance.handler.js';
import { RecordCommittedTargetsHandler } from '../src/application/record-committed-targets/record-committed-targets.handler.js';
import { RecordIndicatorStatusHandler } from '../src/application/record-indicator-status/record-indicator-status.handler.js';
import { RecordProgressHandler } from '../src/application/record-progress/record-progress.handler.js';
import { mentorshipsManifest } from '../src/mentorships.manifest.js';
import { statusChange } from './status-change.js';

const NETWORK = 'network-12025-A22-PJ1';

describe("a learning network's page, on a real database", () => {
  let mentorships: UseCasesUnderTest;
  let clock: ProgrammeClock;
  const page = (viewer: { manages: boolean; governmentCodes: string[] }) =>
    mentorships.get(GetNetworkPageHandler).execute({ networkId: NETWORK, viewer });
  const mentor = { manages: true, governmentCodes: [] };
  const gent = { manages: false, governmentCodes: ['44021'] };

  beforeAll(async () => {
    mentorships = await startUseCasesUnderTest({ manifest: mentorshipsManifest, label: 'mentorships_page_db' });
    clock = mentorships.get(ProgrammeClock);
  });

  afterAll(async () => {
    await mentorships?.stop();
  });

  beforeEach(async () => {
    await mentorships.query(
      'TRUNCATE learning_network, network_member, committed_target, indicator_status, member_progress, learning_session, ' +
        'session_registration, audit_log, outbox',
    );
    clock.set(new Date('2023-01-16T08:00:00Z'));
    await mentorships.get(OpenLearningNetworksHandler).execute(
      testTargetsCommitted('12025', 1, [committedTarget('A22', { approvedAdditionalReach: 10 })], {
        mentorships: [grantedMentorship(22)],
      }),
    );
    for (const [code, target] of [
      ['44021', 12],
      ['11002', 8],
    ] as const)
      await mentorships
        .get(RecordCommittedTargetsHandler)
        .execute(
          testTargetsCommitted(code, 1, [
            committedTarget('A22', { approvedAdditionalReach: target }),
            committedTarget('A05', { approvedAdditionalReach: 5 }),
          ]),
        );
    await mentorships.get(RecordIndicatorStatusHandler).execute(statusChange('44021', 'A22', 'lagging'));
    await mentorships.get(RecordIndicatorStatusHandler).execute(statusChange('11002', 'A22', 'on-track'));
    await mentorships.get(RecordProgressHandler).execute({
      ...testReportV2('44021', 'PJ1-INTERIM', 1, [
        { indicatorCode: 'A22', achieved: 3 },
        { indicatorCode: 'A05', achieved: 1 },
      ]),
      reportId: randomUUID(),
    });
    for (const code of ['44021', '11002'])
      await mentorships.get(ChangeMembershipHandler).execute({ networkId: NETWORK, governmentCode: code, change: 'add' });
  });

  it("shows the mentor each member's target, realised value and status on the action, and the sessions attended", async () => {
    const session = await mentorships.get(PlanSessionHandler).execute({
      networkId: NETWORK,
      plan: { title: 'Pleinen', startsAt: '2023-03-02T13:00:00.000Z', endsAt: '2023-03-02T16:00:00.000Z', place: 'Mechelen', capacity: 10 },
    });
    clock.set(new Date('2023-03-02T14:00:00Z'));
    await mentorships
      .get(RecordAttendanceHandler)
      .execute({ networkId: NETWORK, sessionId: session.id, governmentCode: '44021', recordedBy: 'mentor' });
    const view = await page(mentor);
    expect(view.network).toMatchObject({ id: NETWORK, actionNumber: 22, sharing: 'names-and-statuses' });
    expect(view.members).toEqual([
      {
        governmentCode: '11002',
        joinedAt: expect.any(String),
        visibility: 'figures',
        status: 'on-track',
        indicators: [{ indicatorCode: 'A22', target: 8, realised: null, status: 'on-track' }],
        sessionsAttended: 0,
      },
      {
        governmentCode: '44021',
        joinedAt: expect.any(String),
        visibility: 'figures',
        status: 'lagging',
        indicators: [{ indicatorCode: 'A22', target: 12, realised: 3, status: 'lagging' }],
        sessionsAttended: 1,
      },
    ]);
    expect(view.catchUp).toEqual([
      { governmentCode: '44021', statusAtJoin: 'lagging', statusNow: 'lagging', caughtUp: false, caughtUpAt: null },
    ]);
  });

  it("shows a member its own figures and the others' as the network shares them", async () => {
    const byDefault = await page(gent);
    expect(byDefault.members.map((member) => [member.governmentCode, member.visibility, member.status, member.indicators?.length])).toEqual(
      [
        ['11002', 'status', 'on-track', undefined],
        ['44021', 'figures', 'lagging', 1],
      ],
    );
    await mentorships.get(ChangeSharingHandler).execute({ networkId: NETWORK, sharing: 'names-only' });
    expect((await page(gent)).members[0]).toEqual({ governmentCode: '11002', joinedAt: expect.any(String), visibility: 'name' });
    await mentorships.get(ChangeSharingHandler).execute({ networkId: NETWORK, sharing: 'figures' });
    expect((await page(gent)).members[0]).toMatchObject({ visibility: 'figures', indicators: [{ target: 8 }] });
    await expect(mentorships.get(ChangeSharingHandler).execute({ networkId: NETWORK, sharing: 'everything' })).rejects.toThrow(
      RuleViolation,
    );
  });

  it('lists a member that joined lagging as caught up, with the date, after a better report', async () => {
    clock.set(new Date('2023-10-12T09:00:00Z'));
    await mentorships.get(RecordIndicatorStatusHandler).execute(statusChange('44021', 'A22', 'on-track', { periodCode: 'PJ1-ANNUAL' }));
    const { catchUp } = await page(mentor);
    expect(catchUp).toEqual([
      {
        governmentCode: '44021',
        statusAtJoin: 'lagging',
        statusNow: 'on-track',
        caughtUp: true,
        caughtUpAt: expect.stringMatching(/^2023-10-12T09:0/),
      },
    ]);
    expect((await page({ manages: false, governmentCodes: ['11002'] })).catchUp).toEqual([]);
  });
});
