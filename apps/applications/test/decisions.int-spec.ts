import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { catalogueVersion } from '#catalogue';
import {
  allocationProposedV1,
  applicationDecidedV1,
  commitmentRefusedV1,
  subsidyCommittedV2,
  targetsCommittedV3,
  TOPICS,
  type AllocationProposedV1,
  type ApplicationDecidedV1,
  type EventEnvelope,
  type SubsidyCommittedV2,
  type TargetsCommittedV3,
} from '#contracts';
import { UnitOfWork } from '#persistence';
import { eventually, request, startServiceUnderTest, testEnvelope, type ServiceUnderTest } from '#testing';
import { applicationsManifest } from '../src/applications.manifest.js';
import type { Application } from '../src/domain/application.js';
import { ApplicationRepository } from '../src/infrastructure/application.repository.js';
import { CallRepository } from '../src/infrastructure/call.repository.js';

interface Problem {
  status: number;
  detail: string;
  problems?: { field: string; problem: string }[];
}

const commitmentOf = (decided: ApplicationDecidedV1): SubsidyCommittedV2 => ({
  decisionId: decided.decisionId,
  applicationId: decided.applicationId,
  revision: decided.revision,
  governmentCode: decided.governmentCode,
  projectYear: decided.projectYear,
  committedCents: decided.totalCents,
  deltaCents: decided.totalCents,
  lines: decided.lines.map(({ indicatorCode, approvedAdditionalReach, amountCents }) => ({
    indicatorCode,
    approvedAdditionalReach,
    amountCents,
  })),
  stimuli: decided.stimuli,
  yearCommittedCents: decided.totalCents,
  budgetCents: 1_413_635_900,
});

describe('decisions through the real broker: proposal in, decisions out, budgeting answers, targets out', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<unknown>[];
  let abb: string;
  let gentOfficer: string;
  let antwerpenOfficer: string;
  const callId = randomUUID();
  const gentId = randomUUID();
  const antwerpenId = randomUUID();

  const post = <T>(path: string, token: string, body: unknown) => request<T>('POST', `${service.url}${path}`, token, body);
  const decidedFor = (applicationId: string): ApplicationDecidedV1[] =>
    announced
      .filter((event) => event.type === applicationDecidedV1.type)
      .map((event) => event.payload as ApplicationDecidedV1)
      .filter((payload) => payload.applicationId === applicationId);
  const targetsFor = (applicationId: string): TargetsCommittedV3[] =>
    announced
      .filter((event) => event.type === targetsCommittedV3.type && event.version === 3)
      .map((event) => event.payload as TargetsCommittedV3)
      .filter((payload) => payload.applicationId === applicationId);

  beforeAll(async () => {
    service = await startServiceUnderTest({ manifest: applicationsManifest, label: 'applications_decisions' });
    announced = await service.tap(TOPICS.applications);
    abb = await service.issuer.token({ role: 'abb' });
    gentOfficer = await service.issuer.token({ role: 'government', org: '44021' });
    antwerpenOfficer = await service.issuer.token({ role: 'government', org: '11002' });
    const unitOfWork = service.app.get(UnitOfWork, { strict: false });
    // Gent and Antwerpen come from the shipped register, which the service loads at start.
    await unitOfWork.run(async () => {
      await service.app.get(CallRepository, { strict: false }).insert({
        id: callId,
        projectYear: 1,
        title: 'Oproep Samenleven 2022',
        catalogueVersion,
        opensAt: new Date('2022-05-01T00:00:00Z'),
        closesAt: new Date('2022-07-15T00:00:00Z'),
        onlyEarlierParticipants: false,
        status: 'closed',
        closedAt: new Date('2022-07-15T00:00:00Z'),
        closedBy: 'closing-date',
      });
      const submitted = (
        id: string,
        governmentCode: string,
        lines: Application['lines'],
        stimuli: Application['stimuli'],
      ): Application => ({
        id,
        callId,
        projectYear: 1,
        governmentCode,
        groupCode: null,
        memberCodes: [governmentCode],
        catalogueVersion,
        status: 'submitted',
        lines,
        stimuli,
        contacts: [],
        iban: 'BE68539007547034',
        createdAt: new Date('2022-06-01T00:00:00Z'),
        updatedAt: new Date('2022-07-01T00:00:00Z'),
        submittedAt: new Date('2022-07-01T00:00:00Z'),
      });
      const applications = service.app.get(ApplicationRepository, { strict: false });
      await applications.insert(
        submitted(gentId, '44021', [{ indicatorCode: 'A05', currentReach: 500, additionalReach: 1500, priority: 1 }], {
          mentorships: [{ actionNumber: 5, motivation: 'Gent begeleidt al tien jaar oefenkansen Nederlands.' }],
          cooperation: null,
          socialImpactBond: null,
        }),
      );
      await applications.insert(
        submitted(antwerpenId, '11002', [{ indicatorCode: 'A05', currentReach: 1000, additionalReach: 2250, priority: 1 }], {
          mentorships: [],
          cooperation: null,
          socialImpactBond: null,
        }),
      );
    });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  it('stores the proposal budgeting publishes and decides Gent as proposed; the commitment publishes targets-committed v3', async () => {
    expect((await service.get(`/calls/${callId}/proposal`, abb)).status).toBe(404);
    const proposal: AllocationProposedV1 = {
      ...allocationProposedV1.example,
      proposalId: randomUUID(),
      callId,
      applications: [{ ...allocationProposedV1.example.applications[0]!, applicationId: gentId }],
    };
    const delivery = testEnvelope(allocationProposedV1, callId, proposal);
    // Delivered twice: stored once.
    await service.publish(delivery, delivery);
    const stored = await eventually(async () => {
      const response = await service.get<{ proposalId: string; applications: unknown[] }>(`/calls/${callId}/proposal`, abb);
      expect(response.status).toBe(200);
      return response.body;
    });
    expect(stored).toMatchObject({ proposalId: proposal.proposalId, applications: [{ applicationId: gentId }] });
    expect((await service.get(`/calls/${callId}/proposal`, gentOfficer)).status).toBe(403);

    // The body of decide-as-proposed must be empty: no smuggled fields.
    const smuggled = await post<Problem>(`/calls/${callId}/decide-as-proposed`, abb, { decidedBy: 'someone-else' });
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.detail).toContain('decidedBy');
    expect((await post(`/calls/${callId}/decide-as-proposed`, gentOfficer, {})).status).toBe(403);
    const asProposed = await post<{ decided: string[]; skipped: { applicationId: string; reason: string }[] }>(
      `/calls/${callId}/decide-as-proposed`,
      abb,
      {},
    );
    expect(asProposed.status).toBe(202);
    expect(asProposed.body).toEqual({
      decided: [gentId],
      skipped: [{ applicationId: antwerpenId, reason: `not in allocation proposal ${proposal.proposalId}` }],
    });

    const [decided] = await eventually(() => {
      expect(decidedFor(gentId)).toHaveLength(1);
      return decidedFor(gentId);
    });
    expect(decided).toMatchObject({ revision: 1, totalCents: 10_000_000, stimuli: [{ kind: 'mentorship', actionNumber: 5 }] });

    // Budgeting's answer, twice: one targets-committed.
    const committed = testEnvelope(subsidyCommittedV2, '44021', commitmentOf(decided!));
    await service.publish(committed, committed);
    const [targets] = await eventually(() => {
      expect(targetsFor(gentId)).toHaveLength(1);
      return targetsFor(gentId);
    });
    expect(targets).toMatchObject({
      decisionId: decided!.decisionId,
      revision: 1,
      governmentCode: '44021',
      totalCents: 10_000_000,
      targets: [{ indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1500, target: 2000, amountCents: 9_000_000 }],
      mentorships: [{ actionNumber: 5, amountCents: 1_000_000 }],
      amendmentReason: null,
    });
    const view = await service.get<{ status: string; revision: number }>(`/applications/${gentId}/decision`, gentOfficer);
    expect(view.body).toMatchObject({ status: 'decided', revision: 1 });
    // Another government cannot read it, even knowing the id.
    expect((await service.get(`/applications/${gentId}/decision`, antwerpenOfficer)).status).toBe(404);

    // Gent amends, ABB accepts: revision 2, committed, targets-committed v3 revision 2 with the reason.
    const foreign = await post(`/applications/${gentId}/amendments`, antwerpenOfficer, {
      lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1000 }],
      reason: 'x',
    });
    expect(foreign.status).toBe(404);
    const withAmounts = await post<Problem>(`/applications/${gentId}/amendments`, gentOfficer, {
      lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1000, amountCents: 1 }],
      reason: 'Minder deelnemers.',
    });
    expect(withAmounts.status).toBe(400);
    expect(withAmounts.body.problems).toEqual([{ field: 'lines[0].amountCents', problem: 'property amountCents should not exist' }]);
    const amendment = await post<{ id: string; status: string }>(`/applications/${gentId}/amendments`, gentOfficer, {
      lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1000 }],
      reason: 'Minder deelnemers.',
    });
    expect(amendment).toMatchObject({ status: 201, body: { status: 'requested' } });
    expect((await post(`/amendments/${amendment.body.id}/accept`, gentOfficer, {})).status).toBe(403);
    expect((await post(`/amendments/${amendment.body.id}/accept`, abb, {})).status).toBe(202);
    const revision2 = await eventually(() => {
      expect(decidedFor(gentId)).toHaveLength(2);
      return decidedFor(gentId)[1]!;
    });
    expect(revision2).toMatchObject({ revision: 2, amendmentId: amendment.body.id, totalCents: 7_000_000 });
    await service.publish(testEnvelope(subsidyCommittedV2, '44021', { ...commitmentOf(revision2), deltaCents: -3_000_000 }));
    const amended = await eventually(() => {
      expect(targetsFor(gentId)).toHaveLength(2);
      return targetsFor(gentId)[1]!;
    });
    expect(amended).toMatchObject({
      revision: 2,
      amendmentReason: 'Minder deelnemers.',
      targets: [{ approvedAdditionalReach: 1000, target: 1500 }],
    });
    const amendments = await service.get<{ status: string }[]>(`/applications/${gentId}/amendments`, gentOfficer);
    expect(amendments.body.map((candidate) => candidate.status)).toEqual(['committed']);
    expect(await service.deadLetterCount('applications')).toBe(0);
  }, 90_000);

  it('answers a decision with every problem at once, refuses mass assignment, and shows a refusal by budgeting', async () => {
    const bad = await post<Problem>(`/applications/${antwerpenId}/decision`, abb, {
      lines: [
        { indicatorCode: 'A05', approvedAdditionalReach: 2251 },
        { indicatorCode: 'A02', approvedAdditionalReach: 1 },
      ],
      stimuli: [{ kind: 'mentorship', actionNumber: 5, granted: true }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toEqual([
      { field: 'lines[0].approvedAdditionalReach', problem: '2251 is more than the 2250 requested for A05' },
      { field: 'lines[1].indicatorCode', problem: 'A02 is not a line of this application' },
      { field: 'stimuli[0]', problem: 'the mentorship on action 5 was not requested' },
    ]);
    const massAssignment = await post<Problem>(`/applications/${antwerpenId}/decision`, abb, {
      lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 2000 }],
      status: 'decided',
      decidedBy: 'someone-else',
    });
    expect(massAssignment.status).toBe(400);
    expect(massAssignment.body.problems?.map((problem) => problem.field).sort()).toEqual(['decidedBy', 'status']);
    expect((await post(`/applications/${antwerpenId}/decision`, antwerpenOfficer, { lines: [] })).status).toBe(403);

    const decision = await post<{ decisionId: string; status: string }>(`/applications/${antwerpenId}/decision`, abb, {
      lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 2000, amountCents: 11_000_000, reason: 'Restbudget.' }],
    });
    expect(decision).toMatchObject({ status: 202, body: { status: 'decision-pending' } });
    expect(
      (await post<Problem>(`/applications/${antwerpenId}/decision`, abb, { lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1 }] }))
        .status,
    ).toBe(409);
    const decided = await eventually(() => {
      expect(decidedFor(antwerpenId)).toHaveLength(1);
      return decidedFor(antwerpenId)[0]!;
    });
    await service.publish(
      testEnvelope(commitmentRefusedV1, '11002', {
        decisionId: decided.decisionId,
        applicationId: antwerpenId,
        revision: 1,
        governmentCode: '11002',
        projectYear: 1,
        requestedDeltaCents: decided.totalCents,
        availableCents: 4_000_000,
        reason: 'Het budget van projectjaar 1 volstaat niet.',
      }),
    );
    const refused = await eventually(async () => {
      const response = await service.get<{ status: string; refusalReason: string | null }>(`/applications/${antwerpenId}/decision`, abb);
      expect(response.body.status).toBe('refused-by-budget');
      return response.body;
    });
    expect(refused.refusalReason).toBe('Het budget van projectjaar 1 volstaat niet.');
    // ABB decides again, lower.
    const again = await post<{ decisionId: string; revision: number }>(`/applications/${antwerpenId}/decision`, abb, {
      lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 600 }],
    });
    expect(again).toMatchObject({ status: 202, body: { revision: 1 } });
    expect(again.body.decisionId).not.toBe(decided.decisionId);
  }, 90_000);
});
