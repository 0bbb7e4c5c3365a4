import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Type } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { catalogueVersion } from '#catalogue';
import {
  applicationDecidedV1,
  targetsCommittedV3,
  type AllocationProposedV1,
  type ApplicationDecidedV1,
  type CommitmentRefusedV1,
  type SubsidyCommittedV2,
  type TargetsCommittedV3,
} from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { AcceptAmendmentHandler } from '../src/application/accept-amendment/accept-amendment.handler.js';
import { ApplyCommitmentRefusalHandler } from '../src/application/apply-commitment-refusal/apply-commitment-refusal.handler.js';
import { ApplyCommitmentHandler } from '../src/application/apply-commitment/apply-commitment.handler.js';
import { DecideAsProposedHandler } from '../src/application/decide-as-proposed/decide-as-proposed.handler.js';
import { GetAllocationProposalHandler } from '../src/application/get-allocation-proposal/get-allocation-proposal.handler.js';
import { GetDecisionHandler } from '../src/application/get-decision/get-decision.handler.js';
import { ListAmendmentsHandler } from '../src/application/list-amendments/list-amendments.handler.js';
import { RecordAllocationProposalHandler } from '../src/application/record-allocation-proposal/record-allocation-proposal.handler.js';
import type { RecordDecisionCommand } from '../src/application/record-decision/record-decision.command.js';
import { RecordDecisionHandler } from '../src/application/record-decision/record-decision.handler.js';
import { RejectAmendmentHandler } from '../src/application/reject-amendment/reject-amendment.handler.js';
import { RequestAmendmentHandler } from '../src/application/request-amendment/request-amendment.handler.js';
import { applicationsManifest } from '../src/applications.manifest.js';
import type { Application, ApplicationLine, RequestedStimuli } from '../src/domain/application.js';
import type { Call } from '../src/domain/call.js';
import { ApplicationRepository } from '../src/infrastructure/application.repository.js';
import { CallRepository } from '../src/infrastructure/call.repository.js';
import { UnitOfWork } from '#persistence';

const abb = { subject: 'abb-officer', role: 'abb', organisationCode: null };
const IBAN = 'BE68539007547034';

const line = (indicatorCode: string, currentReach: number, additionalReach: number, priority: number | null): ApplicationLine => ({
  indicatorCode,
  currentReach,
  additionalReach,
  priority,
});

const GENT_STIMULI: RequestedStimuli = {
  mentorships: [{ actionNumber: 5, motivation: 'Gent begeleidt al tien jaar oefenkansen Nederlands.' }],
  cooperation: { partnerCode: '44083', motivation: 'Samen met Melle.' },
  socialImpactBond: { intended: false, text: '' },
};
const NO_STIMULI: RequestedStimuli = { mentorships: [], cooperation: null, socialImpactBond: null };

/** Gent decided as requested, with a lower award on A05 and the cooperation not granted. */
const gentDecision = (applicationId: string): RecordDecisionCommand => ({
  applicationId,
  decidedBy: 'abb-officer',
  lines: [
    { indicatorCode: 'A05', approvedAdditionalReach: 1200, amountCents: 7_000_000, reason: 'Restbudget actie 5.' },
    { indicatorCode: 'A02', approvedAdditionalReach: 1 },
  ],
  stimuli: [
    { kind: 'mentorship', actionNumber: 5, granted: true },
    { kind: 'cooperation', partnerCode: '44083', granted: false },
  ],
});

describe('decisions, the budget saga and amendments on a real database', () => {
  let applications: UseCasesUnderTest;
  let call: Call;
  let gent: Application;
  let antwerpen: Application;
  let mechelen: Application;

  const handler = <T>(type: Type<T>): T => applications.get(type);
  const decide = (command: RecordDecisionCommand) => applications.as(abb, () => handler(RecordDecisionHandler).execute(command));
  const status = async (applicationId: string): Promise<string> =>
    (await applications.query<{ status: string }>('SELECT status FROM application WHERE id = $1', [applicationId]))[0]!.status;
  const rows = async () => ({
    decisions: await applications.count('application_decision'),
    amendments: await applications.count('amendment'),
    audit: await applications.count('audit_log'),
    outbox: await applications.count('outbox'),
  });

  const insertCall = async (overrides: Partial<Call> = {}): Promise<Call> => {
    const inserted: Call = {
      id: randomUUID(),
      projectYear: 1,
      title: 'Oproep Samenleven 2022',
      catalogueVersion,
      opensAt: new Date('2022-05-01T00:00:00Z'),
      closesAt: new Date('2022-07-15T00:00:00Z'),
      onlyEarlierParticipants: false,
      status: 'closed',
      closedAt: new Date('2022-07-15T00:00:00Z'),
      closedBy: 'closing-date',
      ...overrides,
    };
    await handler(UnitOfWork).run(() => handler(CallRepository).insert(inserted));
    return inserted;
  };

  const insertApplication = async (
    governmentCode: string,
    callId: string,
    lines: ApplicationLine[],
    stimuli: RequestedStimuli,
    overrides: Partial<Application> = {},
  ): Promise<Application> => {
    const application: Application = {
      id: randomUUID(),
      callId,
      projectYear: 1,
      governmentCode,
      groupCode: null,
      memberCodes: [governmentCode],
      catalogueVersion,
      status: 'submitted',
      lines,
      stimuli,
      contacts: [{ name: 'Dienst Samenleven', email: `samenleven@${governmentCode}.example`, phone: null, role: 'primary' }],
      iban: IBAN,
      createdAt: new Date('2022-06-01T00:00:00Z'),
      updatedAt: new Date('2022-06-01T00:00:00Z'),
      submittedAt: new Date('2022-07-01T00:00:00Z'),
      ...overrides,
    };
    await handler(UnitOfWork).run(() => handler(ApplicationRepository).insert(application));
    return application;
  };

  const commitment = (event: ApplicationDecidedV1, overrides: Partial<SubsidyCommittedV2> = {}): SubsidyCommittedV2 => ({
    decisionId: event.decisionId,
    applicationId: event.applicationId,
    revision: event.revision,
    governmentCode: event.governmentCode,
    projectYear: event.projectYear,
    committedCents: event.totalCents,
    deltaCents: event.totalCents,
    lines: event.lines.map(({ indicatorCode, approvedAdditionalReach, amountCents }) => ({
      indicatorCode,
      approvedAdditionalReach,
      amountCents,
    })),
    stimuli: event.stimuli,
    yearCommittedCents: event.totalCents,
    budgetCents: 1_413_635_900,
    ...overrides,
  });

  const refusal = (event: ApplicationDecidedV1, reason = 'Het budget van projectjaar 1 volstaat niet.'): CommitmentRefusedV1 => ({
    decisionId: event.decisionId,
    applicationId: event.applicationId,
    revision: event.revision,
    governmentCode: event.governmentCode,
    projectYear: event.projectYear,
    requestedDeltaCents: event.totalCents,
    availableCents: 0,
    reason,
  });

  const decidedEvents = () => applications.outbox<ApplicationDecidedV1>(applicationDecidedV1.type);
  const lastDecided = async (): Promise<ApplicationDecidedV1> => (await decidedEvents()).at(-1)!.payload;

  beforeAll(async () => {
    applications = await startUseCasesUnderTest({ manifest: applicationsManifest, label: 'applications_decisions_db' });
    await applications.query(`INSERT INTO local_government (code, kind, name, province, contacts) VALUES
      ('44021', 'municipality', 'Stad Gent', 'Oost-Vlaanderen', '[]'),
      ('11002', 'municipality', 'Stad Antwerpen', 'Antwerpen', '[]'),
      ('12025', 'municipality', 'Stad Mechelen', 'Antwerpen', '[]'),
      ('71016', 'municipality', 'Stad Genk', 'Limburg', '[]')`);
  });

  afterAll(async () => {
    await applications?.stop();
  });

  beforeEach(async () => {
    await applications.query('TRUNCATE allocation_proposal, amendment, application_decision, application, call, outbox, audit_log');
    call = await insertCall();
    gent = await insertApplication(
      '44021',
      call.id,
      [line('A05', 500, 1500, 1), line('A02', 0, 1, 2), line('A07', 40, 0, null)],
      GENT_STIMULI,
    );
    antwerpen = await insertApplication('11002', call.id, [line('A05', 1000, 2250, 1)], NO_STIMULI);
    mechelen = await insertApplication('12025', call.id, [line('A05', 200, 800, 1), line('A02', 0, 1, 2)], NO_STIMULI);
  });

  describe('deciding one application', () => {
    it('records the decision, sets decision-pending and announces application-decided (revision 1) with the audit entry', async () => {
      const decided = await decide(gentDecision(gent.id));
      expect(decided).toEqual({
        applicationId: gent.id,
        decisionId: expect.any(String),
        status: 'decision-pending',
        revision: 1,
        totalCents: 7_000_000 + 2_500_000 + 1_000_000,
      });
      expect(await status(gent.id)).toBe('decision-pending');
      const [event] = await applications.outbox<ApplicationDecidedV1>();
      expect(event).toMatchObject({
        type: applicationDecidedV1.type,
        version: 1,
        key: '44021',
        correlationId: 'test-applications_decisions_db',
      });
      expect(event?.payload).toEqual({
        decisionId: decided.decisionId,
        applicationId: gent.id,
        revision: 1,
        amendmentId: null,
        callId: call.id,
        governmentCode: '44021',
        groupCode: null,
        memberCodes: ['44021'],
        projectYear: 1,
        catalogueVersion,
        iban: IBAN,
        lines: [
          {
            indicatorCode: 'A05',
            currentReach: 500,
            requestedAdditionalReach: 1500,
            approvedAdditionalReach: 1200,
            target: 1700,
            eurPerKpi: 60,
            amountCents: 7_000_000,
            reason: 'Restbudget actie 5.',
          },
          {
            indicatorCode: 'A02',
            currentReach: 0,
            requestedAdditionalReach: 1,
            approvedAdditionalReach: 1,
            target: 1,
            eurPerKpi: 25_000,
            amountCents: 2_500_000,
            reason: null,
          },
          {
            indicatorCode: 'A07',
            currentReach: 40,
            requestedAdditionalReach: 0,
            approvedAdditionalReach: 0,
            target: 40,
            eurPerKpi: 650,
            amountCents: 0,
            reason: null,
          },
        ],
        // Only granted stimuli go to budgeting.
        stimuli: [{ kind: 'mentorship', actionNumber: 5, partnerCode: null, amountCents: 1_000_000 }],
        linesCents: 9_500_000,
        stimuliCents: 1_000_000,
        totalCents: 10_500_000,
        decidedAt: expect.any(String),
      });
      expect(await applications.query('SELECT action, object_type, object_id, actor_subject FROM audit_log')).toEqual([
        { action: 'decide-application', object_type: 'application', object_id: gent.id, actor_subject: 'abb-officer' },
      ]);
      const view = await handler(GetDecisionHandler).execute({ applicationId: gent.id });
      expect(view).toMatchObject({
        decisionId: decided.decisionId,
        status: 'decision-pending',
        revision: 1,
        totalCents: 10_500_000,
        refusalReason: null,
        stimuli: [
          { kind: 'mentorship', actionNumber: 5, partnerCode: null, granted: true, amountCents: 1_000_000 },
          { kind: 'cooperation', actionNumber: null, partnerCode: '44083', granted: false, amountCents: 0 },
        ],
      });
    });

    it('refuses a decision with every problem at once, naming line and field, and writes nothing', async () => {
      const refused = decide({
        applicationId: gent.id,
        decidedBy: 'abb-officer',
        lines: [
          { indicatorCode: 'A05', approvedAdditionalReach: 1501 },
          { indicatorCode: 'A02', approvedAdditionalReach: 1, amountCents: 1_000_000 },
        ],
        stimuli: [{ kind: 'mentorship', actionNumber: 5, granted: true }],
      });
      await expect(refused).rejects.toThrow(RuleViolation);
      const error = (await refused.catch((caught: unknown) => caught)) as RuleViolation;
      expect(error.status).toBe(400);
      expect(error.problems).toEqual([
        { field: 'lines[0].approvedAdditionalReach', problem: '1501 is more than the 1500 requested for A05' },
        { field: 'lines[1].reason', problem: 'a reason is required for awarding 1000000 cents, less than 1 x EUR 25000' },
        { field: 'stimuli', problem: 'the cooperation with 44083 is not decided' },
      ]);
      expect(await rows()).toEqual({ decisions: 0, amendments: 0, audit: 0, outbox: 0 });
      expect(await status(gent.id)).toBe('submitted');
    });

    it('decides only submitted applications of a closed call, once, also when decisions race', async () => {
      const unknown = decide({ ...gentDecision(randomUUID()) });
      await expect(unknown).rejects.toThrow(NotFound);
      const openCall = await insertCall({ status: 'open', closedAt: null, closedBy: null });
      const early = await insertApplication('44021', openCall.id, gent.lines, GENT_STIMULI);
      await expect(decide(gentDecision(early.id))).rejects.toThrow(`its call ${openCall.id} is still open`);
      const draft = await insertApplication('11002', (await insertCall()).id, antwerpen.lines, NO_STIMULI, {
        status: 'draft',
        submittedAt: null,
      });
      const draftRefused = decide({
        applicationId: draft.id,
        decidedBy: 'x',
        lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1 }],
        stimuli: [],
      });
      await expect(draftRefused).rejects.toThrow(Conflict);
      await expect(draftRefused).rejects.toThrow(`application ${draft.id} is a draft`);
      expect(await rows()).toEqual({ decisions: 0, amendments: 0, audit: 0, outbox: 0 });

      const racing = await Promise.allSettled([1, 2, 3].map(() => decide(gentDecision(gent.id))));
      expect(racing.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of racing.filter((candidate) => candidate.status === 'rejected')) {
        expect(outcome.reason).toBeInstanceOf(Conflict);
        expect((outcome.reason as Conflict).message).toBe(`application ${gent.id} is already decided (status decision-pending)`);
      }
      expect(await rows()).toEqual({ decisions: 1, amendments: 0, audit: 1, outbox: 1 });
    });
  });

  describe('allocation proposals', () => {
    const proposal = (overrides: Partial<AllocationProposedV1> = {}): AllocationProposedV1 => ({
      proposalId: randomUUID(),
      callId: call.id,
      projectYear: 1,
      budgetCents: 1_413_635_900,
      availableCents: 20_000_000,
      rule: 'priority-rounds-v1',
      applications: [
        {
          applicationId: gent.id,
          governmentCode: '44021',
          lines: [
            {
              indicatorCode: 'A05',
              priority: 1,
              requestedAdditionalReach: 1500,
              proposedAdditionalReach: 1500,
              eurPerKpi: 60,
              proposedCents: 9_000_000,
              outcome: 'full',
              reason: 'Volledig gefinancierd.',
            },
            {
              indicatorCode: 'A02',
              priority: 2,
              requestedAdditionalReach: 1,
              proposedAdditionalReach: 0,
              eurPerKpi: 25_000,
              proposedCents: 0,
              outcome: 'none',
              reason: 'Niet gefinancierd: het budget is op.',
            },
          ],
          stimuli: [
            { kind: 'mentorship', actionNumber: 5, partnerCode: null, proposedCents: 1_000_000, outcome: 'full', reason: 'Vast bedrag.' },
            { kind: 'cooperation', actionNumber: null, partnerCode: '44083', proposedCents: 0, outcome: 'none', reason: 'Geen budget.' },
          ],
          linesCents: 9_000_000,
          stimuliCents: 1_000_000,
        },
        {
          applicationId: antwerpen.id,
          governmentCode: '11002',
          lines: [
            {
              indicatorCode: 'A05',
              priority: 1,
              requestedAdditionalReach: 2250,
              proposedAdditionalReach: 1666,
              eurPerKpi: 60,
              proposedCents: 9_996_000,
              outcome: 'partial',
              reason: 'Deels: 1666 van 2250 KPI passen nog.',
            },
          ],
          stimuli: [],
          linesCents: 9_996_000,
          stimuliCents: 0,
        },
        {
          // Does not fit Mechelen's application: A02 is not decided.
          applicationId: mechelen.id,
          governmentCode: '12025',
          lines: [
            {
              indicatorCode: 'A05',
              priority: 1,
              requestedAdditionalReach: 800,
              proposedAdditionalReach: 0,
              eurPerKpi: 60,
              proposedCents: 0,
              outcome: 'none',
              reason: 'Niet gefinancierd.',
            },
          ],
          stimuli: [],
          linesCents: 0,
          stimuliCents: 0,
        },
      ],
      requestedCents: 33_000_000,
      linesCents: 18_996_000,
      stimuliCents: 1_000_000,
      proposedAt: '2022-07-16T08:00:00.000Z',
      ...overrides,
    });

    it('stores the proposal of a call once; a later one replaces it, an older or repeated one changes nothing', async () => {
      const getProposal = handler(GetAllocationProposalHandler);
      await expect(getProposal.execute({ callId: call.id })).rejects.toThrow(NotFound);
      const first = proposal();
      const record = handler(RecordAllocationProposalHandler);
      expect(await record.execute({ proposal: first })).toBe(true);
      expect(await record.execute({ proposal: first })).toBe(false);
      expect(await record.execute({ proposal: proposal({ proposedAt: '2022-07-15T08:00:00.000Z' }) })).toBe(false);
      expect(await getProposal.execute({ callId: call.id })).toEqual({
        ...first,
        proposedAt: new Date(first.proposedAt),
        receivedAt: expect.any(Date),
      });
      const later = proposal({ proposedAt: '2022-07-17T08:00:00.000Z', availableCents: 10_000_000 });
      expect(await record.execute({ proposal: later })).toBe(true);
      expect(await getProposal.execute({ callId: call.id })).toMatchObject({ proposalId: later.proposalId, availableCents: 10_000_000 });
      expect(await applications.count('audit_log')).toBe(2);
      await expect(record.execute({ proposal: proposal({ callId: randomUUID() }) })).rejects.toThrow(NotFound);
    });

    it('decides as proposed every submitted, undecided application of the call at once, skipping the others with why', async () => {
      const decideAsProposed = (callId: string) =>
        applications.as(abb, () => handler(DecideAsProposedHandler).execute({ callId, decidedBy: 'abb-officer' }));
      await expect(decideAsProposed(call.id)).rejects.toThrow(`call ${call.id} has no allocation proposal yet`);
      await expect(decideAsProposed(randomUUID())).rejects.toThrow(NotFound);
      await handler(RecordAllocationProposalHandler).execute({ proposal: proposal() });
      // Submitted, but not in the proposal.
      const genk = await insertApplication('71016', call.id, [line('A05', 0, 10, 1)], NO_STIMULI);

      const outcome = await decideAsProposed(call.id);
      expect(outcome.decided.sort()).toEqual([gent.id, antwerpen.id].sort());
      const proposalId = (await handler(GetAllocationProposalHandler).execute({ callId: call.id })).proposalId;
      expect(outcome.skipped).toEqual([
        {
          applicationId: mechelen.id,
          reason: 'the proposal does not fit the application: lines: A02 (1 requested) is not decided',
        },
        { applicationId: genk.id, reason: `not in allocation proposal ${proposalId}` },
      ]);
      expect(await status(gent.id)).toBe('decision-pending');
      expect(await status(antwerpen.id)).toBe('decision-pending');
      expect(await status(mechelen.id)).toBe('submitted');
      const events = (await decidedEvents()).map((event) => event.payload);
      expect(events.map((event) => [event.governmentCode, event.linesCents, event.stimuliCents, event.totalCents])).toEqual([
        ['11002', 9_996_000, 0, 9_996_000],
        ['44021', 9_000_000, 1_000_000, 10_000_000],
      ]);
      expect(events[0]?.lines[0]).toMatchObject({
        approvedAdditionalReach: 1666,
        target: 2666,
        reason: 'Deels: 1666 van 2250 KPI passen nog.',
      });
      expect(
        events[1]?.lines.map((decidedLine) => [decidedLine.indicatorCode, decidedLine.approvedAdditionalReach, decidedLine.reason]),
      ).toEqual([
        ['A05', 1500, null],
        ['A02', 0, 'Niet gefinancierd: het budget is op.'],
        ['A07', 0, null],
      ]);

      // Again: nothing left to decide as proposed.
      const again = await decideAsProposed(call.id);
      expect(again.decided).toEqual([]);
      expect(again.skipped.map((skipped) => skipped.reason)).toEqual([
        'already decided (status decision-pending)',
        'the proposal does not fit the application: lines: A02 (1 requested) is not decided',
        'already decided (status decision-pending)',
        `not in allocation proposal ${proposalId}`,
      ]);
      expect(await decidedEvents()).toHaveLength(2);
    });
    it('decides each application once when decide-as-proposed races itself and a decision by hand', async () => {
      await handler(RecordAllocationProposalHandler).execute({ proposal: proposal() });
      const decideAsProposed = () =>
        applications.as(abb, () => handler(DecideAsProposedHandler).execute({ callId: call.id, decidedBy: 'abb-officer' }));
      const [first, byHand, second] = await Promise.allSettled([decideAsProposed(), decide(gentDecision(gent.id)), decideAsProposed()]);
      const decidedAsProposed = [first!, second!].flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value.decided : []));
      // Gent is decided exactly once, by hand or as proposed; Antwerpen exactly once as proposed.
      expect(decidedAsProposed.filter((id) => id === antwerpen.id)).toHaveLength(1);
      expect(decidedAsProposed.filter((id) => id === gent.id).length + (byHand!.status === 'fulfilled' ? 1 : 0)).toBe(1);
      if (byHand!.status === 'rejected') expect(byHand!.reason).toBeInstanceOf(Conflict);
      const perApplication = await applications.query<{ application_id: string; decisions: number }>(
        'SELECT application_id, count(*)::int AS decisions FROM application_decision GROUP BY application_id ORDER BY application_id',
      );
      expect(perApplication.map((row) => row.decisions)).toEqual([1, 1]);
      expect(await decidedEvents()).toHaveLength(2);
    });
  });

  describe('budgeting answers', () => {
    it('on subsidy-committed: decided, and targets-committed v3 with the approved lines and granted mentorships; once', async () => {
      await decide(gentDecision(gent.id));
      const decided = await lastDecided();
      const apply = handler(ApplyCommitmentHandler);
      expect(await apply.execute({ commitment: commitment(decided) })).toBe(true);
      expect(await apply.execute({ commitment: commitment(decided) })).toBe(false);
      expect(await status(gent.id)).toBe('decided');
      const targets = await applications.outbox<TargetsCommittedV3>(targetsCommittedV3.type);
      expect(targets).toHaveLength(1);
      expect(targets[0]).toMatchObject({ key: '44021', version: 3 });
      expect(targets[0]?.payload).toEqual({
        applicationId: gent.id,
        decisionId: decided.decisionId,
        revision: 1,
        governmentCode: '44021',
        groupCode: null,
        projectYear: 1,
        catalogueVersion,
        totalCents: 10_500_000,
        targets: [
          { indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1200, target: 1700, eurPerKpi: 60, amountCents: 7_000_000 },
          { indicatorCode: 'A02', currentReach: 0, approvedAdditionalReach: 1, target: 1, eurPerKpi: 25_000, amountCents: 2_500_000 },
        ],
        mentorships: [{ actionNumber: 5, amountCents: 1_000_000 }],
        amendmentReason: null,
      });
      expect(await handler(GetDecisionHandler).execute({ applicationId: gent.id })).toMatchObject({ status: 'decided', revision: 1 });
      // A refusal of a committed decision contradicts budgeting's own answer: dead-lettered, nothing changes.
      await expect(handler(ApplyCommitmentRefusalHandler).execute({ refusal: refusal(decided) })).rejects.toThrow(Conflict);
      await expect(apply.execute({ commitment: commitment(decided, { revision: 2 }) })).rejects.toThrow(RuleViolation);
      await expect(apply.execute({ commitment: commitment(decided, { decisionId: randomUUID() }) })).rejects.toThrow(NotFound);
    });

    it('on commitment-refused: refused-by-budget with the reason; ABB decides again, lower, as a new decision of revision 1', async () => {
      await decide(gentDecision(gent.id));
      const first = await lastDecided();
      const refuse = handler(ApplyCommitmentRefusalHandler);
      expect(await refuse.execute({ refusal: refusal(first) })).toBe(true);
      expect(await refuse.execute({ refusal: refusal(first) })).toBe(false);
      expect(await status(gent.id)).toBe('refused-by-budget');
      expect(await handler(GetDecisionHandler).execute({ applicationId: gent.id })).toMatchObject({
        decisionId: first.decisionId,
        status: 'refused-by-budget',
        refusalReason: 'Het budget van projectjaar 1 volstaat niet.',
      });

      const lower = await decide({
        ...gentDecision(gent.id),
        lines: [
          { indicatorCode: 'A05', approvedAdditionalReach: 500 },
          { indicatorCode: 'A02', approvedAdditionalReach: 0, reason: 'Te weinig budget.' },
        ],
      });
      expect(lower).toMatchObject({ revision: 1, totalCents: 500 * 60 * 100 + 1_000_000 });
      expect(lower.decisionId).not.toBe(first.decisionId);
      const second = await lastDecided();
      expect(second).toMatchObject({ decisionId: lower.decisionId, revision: 1 });
      await handler(ApplyCommitmentHandler).execute({ commitment: commitment(second) });
      const view = await handler(GetDecisionHandler).execute({ applicationId: gent.id });
      expect(view).toMatchObject({ decisionId: lower.decisionId, status: 'decided', totalCents: 4_000_000, refusalReason: null });
      expect(view.attempts.map((attempt) => [attempt.decisionId, attempt.revision, attempt.status])).toEqual([
        [first.decisionId, 1, 'refused-by-budget'],
        [lower.decisionId, 1, 'decided'],
      ]);
      // A late commitment of the refused attempt contradicts budgeting's refusal.
      await expect(handler(ApplyCommitmentHandler).execute({ commitment: commitment(first) })).rejects.toThrow(Conflict);
      expect(await applications.outbox(targetsCommittedV3.type)).toHaveLength(1);
    });

    it("shows a decision to ABB and to the applicant's own officers only", async () => {
      await decide(gentDecision(gent.id));
      const getDecision = handler(GetDecisionHandler);
      expect(await getDecision.execute({ applicationId: gent.id, governmentCodes: ['44021'] })).toMatchObject({ applicationId: gent.id });
      await expect(getDecision.execute({ applicationId: gent.id, governmentCodes: ['11002'] })).rejects.toThrow(
        `application ${gent.id} does not exist`,
      );
      await expect(getDecision.execute({ applicationId: antwerpen.id })).rejects.toThrow(`application ${antwerpen.id} has no decision yet`);
    });
  });

  describe('amendments', () => {
    const gentOfficer = { subject: 'gent-officer', role: 'government', organisationCode: '44021' };
    const requestAmendment = (lines: { indicatorCode: string; approvedAdditionalReach: number }[], reason = 'Meer lesgevers gevonden.') =>
      applications.as(gentOfficer, () =>
        handler(RequestAmendmentHandler).execute({
          applicationId: gent.id,
          lines,
          reason,
          requestedBy: 'gent-officer',
          governmentCodes: ['44021'],
        }),
      );
    const accept = (amendmentId: string) =>
      applications.as(abb, () => handler(AcceptAmendmentHandler).execute({ amendmentId, acceptedBy: 'abb-officer' }));

    const decideAndCommit = async (): Promise<ApplicationDecidedV1> => {
      await decide(gentDecision(gent.id));
      const decided = await lastDecided();
      await handler(ApplyCommitmentHandler).execute({ commitment: commitment(decided) });
      return decided;
    };

    it('only for a decided application of its own, with every problem at once', async () => {
      await expect(requestAmendment([{ indicatorCode: 'A05', approvedAdditionalReach: 1000 }])).rejects.toThrow(
        `application ${gent.id} is not decided (status submitted)`,
      );
      await decideAndCommit();
      const otherGovernment = handler(RequestAmendmentHandler).execute({
        applicationId: gent.id,
        lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1000 }],
        reason: 'x',
        requestedBy: 'antwerpen-officer',
        governmentCodes: ['11002'],
      });
      await expect(otherGovernment).rejects.toThrow(NotFound);
      const refused = requestAmendment(
        [
          { indicatorCode: 'A99', approvedAdditionalReach: 1 },
          { indicatorCode: 'A05', approvedAdditionalReach: 2251 },
        ],
        '',
      );
      await expect(refused).rejects.toThrow(RuleViolation);
      expect(((await refused.catch((caught: unknown) => caught)) as RuleViolation).problems).toEqual([
        { field: 'reason', problem: 'an amendment states its reason' },
        { field: 'lines[0].indicatorCode', problem: 'A99 is not a line of the decision' },
        { field: 'lines[1].approvedAdditionalReach', problem: '2251 exceeds the cap of 2250 for A05' },
      ]);
      expect(await applications.count('amendment')).toBe(0);
    });

    it('accepted: revision 2 goes to budgeting, and once committed targets-committed v3 revision 2 carries the reason', async () => {
      const decided = await decideAndCommit();
      const requested = await requestAmendment([{ indicatorCode: 'A05', approvedAdditionalReach: 2000 }]);
      expect(requested).toMatchObject({
        status: 'requested',
        applicationId: gent.id,
        lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 2000 }],
      });
      await expect(requestAmendment([{ indicatorCode: 'A02', approvedAdditionalReach: 0 }])).rejects.toThrow(
        `application ${gent.id} has an open amendment already (${requested.id}, requested)`,
      );

      const accepted = await accept(requested.id);
      expect(accepted).toMatchObject({
        amendmentId: requested.id,
        status: 'accepted',
        revision: 2,
        totalCents: 2000 * 60 * 100 + 2_500_000 + 1_000_000,
      });
      await expect(accept(requested.id)).rejects.toThrow(`amendment ${requested.id} was reviewed already (status accepted)`);
      // Still open while budgeting has not answered.
      await expect(requestAmendment([{ indicatorCode: 'A02', approvedAdditionalReach: 0 }])).rejects.toThrow(Conflict);
      const revision2 = await lastDecided();
      expect(revision2).toMatchObject({ decisionId: accepted.decisionId, revision: 2, amendmentId: requested.id, totalCents: 15_500_000 });
      expect(revision2.lines[0]).toMatchObject({
        approvedAdditionalReach: 2000,
        target: 2500,
        amountCents: 12_000_000,
        reason: 'Meer lesgevers gevonden.',
      });
      // The decision in force stays revision 1 until budgeting commits revision 2.
      expect(await handler(GetDecisionHandler).execute({ applicationId: gent.id })).toMatchObject({
        decisionId: decided.decisionId,
        revision: 1,
      });

      await handler(ApplyCommitmentHandler).execute({ commitment: commitment(revision2, { deltaCents: 15_500_000 - decided.totalCents }) });
      const targets = (await applications.outbox<TargetsCommittedV3>(targetsCommittedV3.type)).map((event) => event.payload);
      expect(targets.map((event) => [event.revision, event.amendmentReason, event.totalCents])).toEqual([
        [1, null, 10_500_000],
        [2, 'Meer lesgevers gevonden.', 15_500_000],
      ]);
      expect(targets[1]?.targets[0]).toMatchObject({ indicatorCode: 'A05', target: 2500, amountCents: 12_000_000 });
      expect(await status(gent.id)).toBe('decided');
      expect(await handler(GetDecisionHandler).execute({ applicationId: gent.id })).toMatchObject({
        revision: 2,
        amendmentId: requested.id,
      });
      expect(await handler(ListAmendmentsHandler).execute({ applicationId: gent.id, governmentCodes: ['44021'] })).toEqual([
        expect.objectContaining({ id: requested.id, status: 'committed', decisionId: accepted.decisionId }),
      ]);
    });

    it('keeps one open amendment when requests race', async () => {
      await decideAndCommit();
      const outcomes = await Promise.allSettled(
        [1000, 1100, 1300].map((reach) => requestAmendment([{ indicatorCode: 'A05', approvedAdditionalReach: reach }])),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes.filter((candidate) => candidate.status === 'rejected'))
        expect(outcome.reason).toBeInstanceOf(Conflict);
      expect(await applications.count('amendment')).toBe(1);
    });

    it('refused by budget: the decision in force stays; the next amendment is revision 2 again', async () => {
      await decideAndCommit();
      const first = await requestAmendment([{ indicatorCode: 'A05', approvedAdditionalReach: 2250 }]);
      await accept(first.id);
      await handler(ApplyCommitmentRefusalHandler).execute({ refusal: refusal(await lastDecided()) });
      expect(await status(gent.id)).toBe('decided');
      expect(await handler(GetDecisionHandler).execute({ applicationId: gent.id })).toMatchObject({ revision: 1, status: 'decided' });
      const second = await requestAmendment([{ indicatorCode: 'A05', approvedAdditionalReach: 1300 }], 'Iets meer dan toegekend.');
      const accepted = await accept(second.id);
      expect(accepted.revision).toBe(2);
      expect((await handler(ListAmendmentsHandler).execute({ applicationId: gent.id })).map((amendment) => amendment.status)).toEqual([
        'refused-by-budget',
        'accepted',
      ]);
    });

    it('rejected with a comment: only the audit entry, nothing published', async () => {
      await decideAndCommit();
      const requested = await requestAmendment([{ indicatorCode: 'A02', approvedAdditionalReach: 0 }], 'Actieplan uitgesteld.');
      const outboxBefore = await applications.count('outbox');
      const reject = (comment: string) =>
        applications.as(abb, () =>
          handler(RejectAmendmentHandler).execute({ amendmentId: requested.id, comment, rejectedBy: 'abb-officer' }),
        );
      await expect(reject(' ')).rejects.toThrow('comment: a rejection says why');
      expect(await reject('Het actieplan blijft nodig.')).toMatchObject({ status: 'rejected', comment: 'Het actieplan blijft nodig.' });
      await expect(reject('nogmaals')).rejects.toThrow(Conflict);
      await expect(accept(requested.id)).rejects.toThrow(Conflict);
      expect(await applications.count('outbox')).toBe(outboxBefore);
      expect(
        (
          await applications.query<{ action: string }>("SELECT action FROM audit_log WHERE object_type = 'amendment' ORDER BY occurred_at")
        ).map((row) => row.action),
      ).toEqual(['request-amendment', 'reject-amendment']);
      // Rejected is closed: another may be requested.
      await expect(requestAmendment([{ indicatorCode: 'A02', approvedAdditionalReach: 0 }], 'Opnieuw.')).resolves.toMatchObject({
        status: 'requested',
      });
    });
  });
});
