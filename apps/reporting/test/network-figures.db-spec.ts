import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { reportSubmittedV2, type NetworkMembersChangedV1, type ReportSubmittedV2 } from '#contracts';
import { NotFound } from '#domain';
import { ProgrammeClock } from '#platform';
import { committedTarget, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { ApplyReportHandler } from '../src/application/apply-report/apply-report.handler.js';
import { GetNetworkFiguresHandler } from '../src/application/get-network-figures/get-network-figures.handler.js';
import { RecordNetworkMembersHandler } from '../src/application/record-network-members/record-network-members.handler.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from '../src/application/submit-report/submit-report.handler.js';
import { reportingManifest } from '../src/reporting.manifest.js';

const NETWORK = 'network-12025-A09-PJ1';
const membersChanged = (memberCodes: string[], membershipVersion: number): NetworkMembersChangedV1 => ({
  networkId: NETWORK,
  mentorGovernmentCode: '12025',
  actionNumber: 9,
  projectYear: 1,
  memberCodes,
  membershipVersion,
  changedAt: '2023-02-01T09:00:00.000Z',
});

/** The member lists mentorships announces, and the figures a network's mentor reads from them. */
describe("a learning network's members and their figures, on a real database", () => {
  let reporting: UseCasesUnderTest;
  let record: RecordNetworkMembersHandler;
  let figures: GetNetworkFiguresHandler;

  const memberships = () =>
    reporting.query<{ member_codes: string[]; membership_version: number }>(
      'SELECT member_codes, membership_version FROM network_membership WHERE network_id = $1',
      [NETWORK],
    );

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'reporting_networks_db' });
    record = reporting.get(RecordNetworkMembersHandler);
    figures = reporting.get(GetNetworkFiguresHandler);
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  beforeEach(async () => {
    await reporting.query(
      'TRUNCATE network_membership, committed_target, target_commitment, expected_return, return_deadline, indicator_result, ' +
        'government_figure, government_total, programme_total, report, at_risk_flag, outbox, audit_log',
    );
  });

  it('keeps the latest member list: an older version or the same one again changes nothing, a repeated member counts once', async () => {
    expect(await record.execute(membersChanged(['44021', '11002'], 3))).toBe('recorded');
    expect(await record.execute(membersChanged(['44021'], 2))).toBe('ignored');
    expect(await record.execute(membersChanged(['44021', '11002'], 3))).toBe('ignored');
    expect(await memberships()).toEqual([{ member_codes: ['11002', '44021'], membership_version: 3 }]);
    expect(await record.execute(membersChanged(['71016', '44021', '71016'], 4))).toBe('recorded');
    expect(await memberships()).toEqual([{ member_codes: ['44021', '71016'], membership_version: 4 }]);
  });

  it('records one list of two deliveries racing', async () => {
    const outcomes = await Promise.all([record.execute(membersChanged(['44021'], 5)), record.execute(membersChanged(['44021'], 5))]);
    expect(outcomes.sort()).toEqual(['ignored', 'recorded']);
    expect(await reporting.count('network_membership')).toBe(1);
  });

  it("answers each member's target, realised total and statuses on every indicator of the network's action", async () => {
    const recordTargets = reporting.get(RecordTargetsHandler);
    await recordTargets.execute(
      testTargetsCommitted('44021', 1, [
        committedTarget('A09-NIEUWKOMERS', { approvedAdditionalReach: 100 }),
        committedTarget('A09-HANDICAP', { approvedAdditionalReach: 40 }),
        committedTarget('A05', { approvedAdditionalReach: 2000 }),
      ]),
    );
    await recordTargets.execute(testTargetsCommitted('11002', 1, [committedTarget('A09-NIEUWKOMERS', { approvedAdditionalReach: 50 })]));
    // Another year's target of a member is not the network's.
    await recordTargets.execute(testTargetsCommitted('11002', 2, [committedTarget('A09-HANDICAP', { approvedAdditionalReach: 9 })]));
    reporting.get(ProgrammeClock).set(new Date('2023-04-10T10:00:00Z'));
    await reporting.get(SubmitReportHandler).execute({
      governmentCode: '44021',
      periodCode: 'PJ1-INTERIM',
      submittedBy: 'gent',
      results: [
        { indicatorCode: 'A09-NIEUWKOMERS', achieved: 60 },
        { indicatorCode: 'A09-HANDICAP', achieved: null },
        { indicatorCode: 'A05', achieved: 900 },
      ],
    });
    for (const event of await reporting.outbox<ReportSubmittedV2>(reportSubmittedV2.type))
      await reporting.get(ApplyReportHandler).execute(event.payload);

    await expect(figures.execute({ networkId: NETWORK })).rejects.toThrow(NotFound);
    await record.execute(membersChanged(['44021', '11002'], 1));
    const interim = (status: string) => [{ periodCode: 'PJ1-INTERIM', status }];
    const none = { target: null, realised: null, countedPeriodCode: null, statuses: [] };
    expect(await figures.execute({ networkId: NETWORK })).toEqual({
      networkId: NETWORK,
      mentorGovernmentCode: '12025',
      actionNumber: 9,
      projectYear: 1,
      membershipVersion: 1,
      indicatorCodes: ['A09-NIEUWKOMERS', 'A09-HANDICAP', 'A09-55PLUS'],
      members: [
        {
          governmentCode: '11002',
          indicators: [
            { indicatorCode: 'A09-NIEUWKOMERS', target: 50, realised: null, countedPeriodCode: null, statuses: [] },
            { indicatorCode: 'A09-HANDICAP', ...none },
            { indicatorCode: 'A09-55PLUS', ...none },
          ],
        },
        {
          governmentCode: '44021',
          indicators: [
            // 60 of 100 with 49.86 expected by the end of March: on track.
            {
              indicatorCode: 'A09-NIEUWKOMERS',
              target: 100,
              realised: 60,
              countedPeriodCode: 'PJ1-INTERIM',
              statuses: interim('on-track'),
            },
            // A nil return: reported, nothing realised, and below 25% at the interim review.
            { indicatorCode: 'A09-HANDICAP', target: 40, realised: null, countedPeriodCode: 'PJ1-INTERIM', statuses: interim('at-risk') },
            { indicatorCode: 'A09-55PLUS', ...none },
          ],
        },
      ],
    });
    await expect(figures.execute({ networkId: 'network-unknown' })).rejects.toThrow(
      'networkId: no learning network network-unknown is known to reporting',
    );
  });
});
