import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { catalogueVersion } from '#catalogue';
import {
  applicationSubmittedV1,
  callClosedV1,
  callOpenedV1,
  groupChangedV1,
  groupFormedV1,
  type ApplicationSubmittedV1,
  type CallClosedV1,
  type CallOpenedV1,
  type GovernmentGroupV1,
} from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { ChangeGroupHandler } from '../src/application/change-group/change-group.handler.js';
import { CloseCallHandler } from '../src/application/close-call/close-call.handler.js';
import { CloseDueCallsHandler } from '../src/application/close-call/close-due-calls.handler.js';
import { CreateApplicationHandler } from '../src/application/create-application/create-application.handler.js';
import { FormGroupHandler } from '../src/application/form-group/form-group.handler.js';
import type { ApplicationView } from '../src/application/list-applications/application-views.js';
import { ListApplicationsHandler } from '../src/application/list-applications/list-applications.handler.js';
import { ListGroupsHandler } from '../src/application/list-groups/list-groups.handler.js';
import { OpenCallHandler } from '../src/application/open-call/open-call.handler.js';
import type { SaveApplicationCommand } from '../src/application/save-application/save-application.command.js';
import { SaveApplicationHandler } from '../src/application/save-application/save-application.handler.js';
import { SubmitApplicationHandler } from '../src/application/submit-application/submit-application.handler.js';
import { applicationsManifest } from '../src/applications.manifest.js';
import type { Call } from '../src/domain/call.js';
import { belgianIbanFor } from '../src/domain/iban.js';
import { shippedRegister } from '../src/infrastructure/shipped-register.js';

const abbOfficer = { subject: 'abb-officer', role: 'abb', organisationCode: null };
const IBAN = belgianIbanFor('0910000000');

/** The register as these tests need it (written directly: the register's own use cases are not under test here). */
const GOVERNMENTS: { code: string; kind: string; name: string; nonEu: number | null }[] = [
  { code: '44021', kind: 'municipality', name: 'Gent', nonEu: 60_000 },
  { code: '11002', kind: 'municipality', name: 'Antwerpen', nonEu: 150_000 },
  { code: '41002', kind: 'municipality', name: 'Aalst', nonEu: 4_000 },
  { code: '41011', kind: 'municipality', name: 'Denderleeuw', nonEu: 3_600 },
  { code: '41018', kind: 'municipality', name: 'Geraardsbergen', nonEu: null },
  { code: '41081', kind: 'municipality', name: 'Ninove', nonEu: 2_000 },
  { code: '44083', kind: 'municipality', name: 'Deinze', nonEu: 900 },
  { code: 'VGC', kind: 'vgc', name: 'Vlaamse Gemeenschapscommissie', nonEu: null },
];

/** Inhabitants as the shipped register counts them (Statbel). */
const INHABITANTS = new Map(shippedRegister().map((government) => [government.code, government.inhabitants]));

const OPENS_AT = new Date('2022-06-01T00:00:00.000Z');
const CLOSES_AT = new Date('2022-07-15T22:00:00.000Z');
const DURING_CALL = new Date('2022-06-15T10:00:00.000Z');

const completeDraft = (applicationId: string): SaveApplicationCommand => ({
  applicationId,
  lines: [
    { indicatorCode: 'A05', currentReach: 500, additionalReach: 1500, priority: 1 },
    { indicatorCode: 'A07', currentReach: 10, additionalReach: 40, priority: 2 },
    { indicatorCode: 'A11', currentReach: 0, additionalReach: 0, priority: null },
  ],
  stimuli: {
    mentorships: [{ actionNumber: 5, motivation: 'Gent begeleidt al tien jaar oefenkansen Nederlands.' }],
    cooperation: { partnerCode: '44083', motivation: 'Samen met Deinze.' },
    socialImpactBond: null,
  },
  contacts: [{ name: 'Dienst Samenleven', email: 'samenleven@gent.example', phone: null, role: 'primary' }],
  iban: IBAN,
});

/** The programme clock runs on from where a test set it: a moment read from it lies shortly after. */
const shortlyAfter = (start: Date, moment: Date | null | undefined): boolean =>
  moment instanceof Date && moment.getTime() >= start.getTime() && moment.getTime() - start.getTime() < 60_000;

const rejection = async (work: Promise<unknown>): Promise<RuleViolation> => {
  try {
    await work;
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error('expected the command to be refused');
};

describe('groups, calls and applications on a real database', () => {
  let service: UseCasesUnderTest;
  let clock: ProgrammeClock;
  const formGroup = (command: Parameters<FormGroupHandler['execute']>[0]) => service.get(FormGroupHandler).execute(command);
  const openCall = (projectYear = 1): Promise<Call> =>
    service.as(abbOfficer, () =>
      service
        .get(OpenCallHandler)
        .execute({ projectYear, title: `Oproep projectjaar ${projectYear}`, opensAt: OPENS_AT, closesAt: CLOSES_AT }),
    );
  const create = (callId: string, governmentCode: string, groupCode?: string): Promise<ApplicationView> =>
    service.get(CreateApplicationHandler).execute({ callId, governmentCode, groupCode });
  const save = (command: SaveApplicationCommand) => service.get(SaveApplicationHandler).execute(command);
  const submit = (applicationId: string, actorCodes?: string[]) =>
    service.get(SubmitApplicationHandler).execute({ applicationId, actorCodes });
  const row = async (id: string) => (await service.query<{ status: string }>('SELECT * FROM application WHERE id = $1', [id]))[0];

  beforeAll(async () => {
    service = await startUseCasesUnderTest({ manifest: applicationsManifest, label: 'applications_calls' });
    clock = service.get(ProgrammeClock);
  });

  afterAll(async () => {
    await service?.stop();
  });

  beforeEach(async () => {
    await service.query('TRUNCATE application, call, government_group, local_government, outbox, audit_log CASCADE');
    for (const { code, kind, name, nonEu } of GOVERNMENTS)
      await service.query(
        `INSERT INTO local_government (code, kind, kbo_number, name, province, inhabitants, non_eu_origin_inhabitants, contacts)
         VALUES ($1, $2, NULL, $3, 'Oost-Vlaanderen', $4, $5, '[]')`,
        [code, kind, name, INHABITANTS.get(code) ?? null, nonEu],
      );
    clock.set(DURING_CALL);
  });

  describe('groups', () => {
    const dender = {
      projectYear: 1,
      name: 'Samenwerking Dender',
      referenceRegion: 'Dender',
      leadCode: '41002',
      memberCodes: ['41002', '41011'],
    };

    it('forms a group under its code, audited and announced with the members’ count', async () => {
      const group = await service.as(abbOfficer, () => formGroup(dender));
      expect(group).toMatchObject({
        groupCode: 'GROUP-SAMENWERKING-DENDER',
        leadCode: '41002',
        memberCodes: ['41002', '41011'],
        nonEuOriginInhabitants: 7_600,
        eligible: true,
        eligibilityReason: null,
      });
      const [formed] = await service.outbox<GovernmentGroupV1>(groupFormedV1.type);
      expect(formed).toMatchObject({
        key: 'GROUP-SAMENWERKING-DENDER',
        payload: {
          groupId: group.id,
          groupCode: 'GROUP-SAMENWERKING-DENDER',
          projectYear: 1,
          leadCode: '41002',
          memberCodes: ['41002', '41011'],
          nonEuOriginInhabitants: 7_600,
        },
      });
      expect(await service.query('SELECT action, actor_subject FROM audit_log')).toEqual([
        { action: 'form-group', actor_subject: 'abb-officer' },
      ]);
    });

    it('refuses unregistered members, a non-municipality, and a lead that is not a member: every problem named', async () => {
      const refused = await rejection(formGroup({ ...dender, leadCode: '41081' }));
      expect(refused.problems.map((problem) => problem.field)).toEqual(['leadCode']);
      const unregistered = await rejection(formGroup({ ...dender, memberCodes: ['41002', '99999'] }));
      expect(unregistered.problems).toEqual([{ field: 'memberCodes[1]', problem: '99999 is not a registered local government' }]);
      await service.query("UPDATE local_government SET kind = 'de-rand' WHERE code = '41011'");
      const notMunicipality = await rejection(formGroup(dender));
      expect(notMunicipality.problems[0]?.problem).toMatch(/not a municipality/);
      expect(await service.count('government_group')).toBe(0);
      expect(await service.count('outbox')).toBe(0);
    });

    it('a government is in at most one group per project year (409 naming it), but may be in another group the next year', async () => {
      await formGroup(dender);
      const refused = await rejection(formGroup({ ...dender, name: 'Denderland', leadCode: '41081', memberCodes: ['41081', '41011'] }));
      expect(refused).toBeInstanceOf(Conflict);
      expect(refused.message).toBe(
        'memberCodes[1]: Denderleeuw (41011) is already in group GROUP-SAMENWERKING-DENDER in project year 1; ' +
          'a government is in at most one group per project year',
      );
      await expect(formGroup({ ...dender, projectYear: 2 })).resolves.toMatchObject({ projectYear: 2 });
      await expect(formGroup(dender)).rejects.toThrow(/GROUP-SAMENWERKING-DENDER already exists in project year 1/);
    });

    it('two groups formed at the same moment with a shared member: exactly one is formed', async () => {
      const results = await Promise.allSettled([
        formGroup(dender),
        formGroup({ ...dender, name: 'Denderland', leadCode: '41081', memberCodes: ['41081', '41011'] }),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof Conflict)).toHaveLength(1);
      expect(await service.count('government_group')).toBe(1);
    });

    it('changes members and lead, announcing the whole group; lists the groups of a year', async () => {
      const group = await formGroup(dender);
      const changed = await service
        .get(ChangeGroupHandler)
        .execute({ projectYear: 1, groupCode: group.groupCode, leadCode: '41081', memberCodes: ['41002', '41081'] });
      expect(changed).toMatchObject({
        groupCode: 'GROUP-SAMENWERKING-DENDER',
        leadCode: '41081',
        nonEuOriginInhabitants: 6_000,
        eligible: false,
      });
      expect(changed.eligibilityReason).toMatch(/has 6,000 inhabitants of non-EU origin together/);
      const [event] = await service.outbox<GovernmentGroupV1>(groupChangedV1.type);
      expect(event?.payload).toMatchObject({ leadCode: '41081', memberCodes: ['41002', '41081'], nonEuOriginInhabitants: 6_000 });
      await expect(service.get(ChangeGroupHandler).execute({ projectYear: 2, groupCode: group.groupCode })).rejects.toBeInstanceOf(
        NotFound,
      );
      expect((await service.get(ListGroupsHandler).execute({ projectYear: 1 })).map((listed) => listed.groupCode)).toEqual([
        group.groupCode,
      ]);
      expect(await service.get(ListGroupsHandler).execute({ projectYear: 1, memberOf: ['44021'] })).toEqual([]);
      expect(await service.get(ListGroupsHandler).execute({ projectYear: 1, memberOf: ['41081'] })).toHaveLength(1);
    });
  });

  describe('calls', () => {
    it('opens a call under the current catalogue version; year-3 calls only for earlier participants', async () => {
      const call = await openCall(1);
      expect(call).toMatchObject({ projectYear: 1, status: 'open', catalogueVersion, onlyEarlierParticipants: false });
      expect((await openCall(3)).onlyEarlierParticipants).toBe(true);
      const opened = await service.outbox<CallOpenedV1>(callOpenedV1.type);
      expect(opened[0]).toMatchObject({
        key: call.id,
        payload: { callId: call.id, catalogueVersion, opensAt: OPENS_AT.toISOString(), closesAt: CLOSES_AT.toISOString() },
      });
      await expect(
        service.get(OpenCallHandler).execute({ projectYear: 1, title: 'x', opensAt: CLOSES_AT, closesAt: OPENS_AT }),
      ).rejects.toThrow(/closesAt: a call closes after it opens/);
      await expect(
        service.get(OpenCallHandler).execute({ projectYear: 4, title: 'x', opensAt: OPENS_AT, closesAt: CLOSES_AT }),
      ).rejects.toThrow(/projectYear/);
    });

    it('ABB closes a call: call-closed lists every submitted application (not the drafts); closing it again is a 409', async () => {
      const call = await openCall();
      const gent = await create(call.id, '44021');
      await save(completeDraft(gent.id));
      await submit(gent.id);
      await create(call.id, '11002');
      const closed = await service.as(abbOfficer, () => service.get(CloseCallHandler).execute({ callId: call.id, closedBy: 'abb' }));
      expect(closed).toMatchObject({ status: 'closed', closedBy: 'abb' });
      expect(shortlyAfter(DURING_CALL, closed?.closedAt)).toBe(true);
      const [event] = await service.outbox<CallClosedV1>(callClosedV1.type);
      expect(event).toMatchObject({ key: call.id, payload: { callId: call.id, closedBy: 'abb', submittedApplicationIds: [gent.id] } });
      await expect(service.get(CloseCallHandler).execute({ callId: call.id, closedBy: 'abb' })).rejects.toBeInstanceOf(Conflict);
    });

    it('closes due calls at their closing date on the programme clock, once, however many pollers run', async () => {
      const call = await openCall();
      expect(await service.get(CloseDueCallsHandler).execute()).toEqual([]);
      clock.set(new Date('2022-07-16T08:00:00.000Z'));
      const rounds = await Promise.all([1, 2, 3].map(() => service.get(CloseDueCallsHandler).execute()));
      expect(rounds.flat().map((closed) => closed.id)).toEqual([call.id]);
      const events = await service.outbox<CallClosedV1>(callClosedV1.type);
      expect(events.map((event) => event.payload)).toEqual([
        { callId: call.id, projectYear: 1, closedAt: CLOSES_AT.toISOString(), closedBy: 'closing-date', submittedApplicationIds: [] },
      ]);
    });

    it('a submission racing the close is either listed by call-closed or refused, never lost', async () => {
      const call = await openCall();
      const gent = await create(call.id, '44021');
      await save(completeDraft(gent.id));
      const [submitted] = await Promise.allSettled([
        submit(gent.id),
        service.get(CloseCallHandler).execute({ callId: call.id, closedBy: 'abb' }),
      ]);
      const [event] = await service.outbox<CallClosedV1>(callClosedV1.type);
      if (submitted.status === 'fulfilled') expect(event?.payload.submittedApplicationIds).toEqual([gent.id]);
      else {
        expect(event?.payload.submittedApplicationIds).toEqual([]);
        expect((await row(gent.id))?.status).toBe('draft');
      }
    });
  });

  describe('drafts', () => {
    it('a government starts its draft, saves it incomplete and sees what it asks for in euro cents', async () => {
      const call = await openCall();
      const draft = await create(call.id, '44021');
      expect(draft).toMatchObject({ status: 'draft', governmentCode: '44021', groupCode: null, memberCodes: ['44021'], catalogueVersion });
      const saved = await save({
        ...completeDraft(draft.id),
        lines: [
          { indicatorCode: 'A05', currentReach: null, additionalReach: 3000, priority: null },
          { indicatorCode: 'A07', currentReach: 5, additionalReach: null, priority: 1 },
        ],
        iban: 'be71 0961 2345 6769',
      });
      // A05: capped at 2,250 x EUR 60; the mentorship and the cooperation EUR 10,000 each.
      expect(saved.requested).toEqual({
        lines: [
          { indicatorCode: 'A05', requestedCents: 2250 * 60 * 100 },
          { indicatorCode: 'A07', requestedCents: 0 },
        ],
        linesCents: 2250 * 60 * 100,
        stimuliCents: 2_000_000,
      });
      expect(saved.iban).toBe('BE71096123456769');
      expect(await service.get(ListApplicationsHandler).get(draft.id, ['44021'])).toEqual(saved);
    });

    it('one application per applicant per call, also when two requests race', async () => {
      const call = await openCall();
      const results = await Promise.allSettled([create(call.id, '44021'), create(call.id, '44021'), create(call.id, '44021')]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof Conflict)).toHaveLength(2);
      expect(await service.count('application')).toBe(1);
    });

    it('an ineligible government is told why, with the numbers; an unknown count says ABB must record it', async () => {
      const call = await openCall();
      const refused = await rejection(create(call.id, '41002'));
      expect(refused.message).toBe(
        'governmentCode: not eligible: Aalst (41002) has 4,000 inhabitants of non-EU origin; ' +
          'a municipality applying alone needs more than 7,500 (or it applies in a group that passes it together)',
      );
      expect((await rejection(create(call.id, '41018'))).message).toMatch(
        /is not recorded, so eligibility cannot be established; ABB must record it/,
      );
      await expect(create(call.id, 'VGC')).resolves.toMatchObject({ governmentCode: 'VGC' });
      await expect(create(call.id, '99999')).rejects.toThrow(/99999 is not a registered local government/);
    });

    it('a group applies through its lead; a member applying alone and a non-lead are refused', async () => {
      const call = await openCall();
      const group = await formGroup({
        projectYear: 1,
        name: 'Dender',
        referenceRegion: 'Dender',
        leadCode: '41002',
        memberCodes: ['41002', '41011'],
      });
      expect((await rejection(create(call.id, '41011'))).message).toMatch(
        /Denderleeuw \(41011\) is a member of group GROUP-DENDER in project year 1; the group's lead 41002 applies for it/,
      );
      expect((await rejection(create(call.id, '41011', group.groupCode))).message).toBe(
        'groupCode: only the lead 41002 applies for group GROUP-DENDER, not 41011',
      );
      const draft = await create(call.id, '41002', group.groupCode);
      expect(draft).toMatchObject({ governmentCode: '41002', groupCode: 'GROUP-DENDER', memberCodes: ['41002', '41011'] });
      // A member sees the group's application, but only the lead changes it.
      await expect(service.get(ListApplicationsHandler).get(draft.id, ['41011'])).resolves.toMatchObject({ id: draft.id });
      await expect(save({ ...completeDraft(draft.id), actorCodes: ['41011'] })).rejects.toBeInstanceOf(NotFound);
    });

    it('another government never sees nor changes a draft: 404, as if it did not exist', async () => {
      const call = await openCall();
      const draft = await create(call.id, '44021');
      await expect(service.get(ListApplicationsHandler).get(draft.id, ['11002'])).rejects.toBeInstanceOf(NotFound);
      await expect(save({ ...completeDraft(draft.id), actorCodes: ['11002'] })).rejects.toBeInstanceOf(NotFound);
      await expect(submit(draft.id, ['11002'])).rejects.toBeInstanceOf(NotFound);
      expect(await service.get(ListApplicationsHandler).execute({ visibleTo: ['11002'] })).toEqual([]);
      expect((await service.get(ListApplicationsHandler).execute({ callId: call.id })).map((listed) => listed.id)).toEqual([draft.id]);
    });

    it('year 3: only governments that submitted in an earlier project year may apply', async () => {
      const year1 = await openCall(1);
      const year3 = await openCall(3);
      expect((await rejection(create(year3.id, '44021'))).message).toMatch(
        /open only to governments that submitted an application in an earlier/,
      );
      const gent = await create(year1.id, '44021');
      await save(completeDraft(gent.id));
      await submit(gent.id);
      await expect(create(year3.id, '44021')).resolves.toMatchObject({ projectYear: 3 });
    });
  });

  describe('submitting', () => {
    it('a complete draft is submitted, audited and announced with its priced lines in one unit of work', async () => {
      const call = await openCall();
      const draft = await create(call.id, '44021');
      await save(completeDraft(draft.id));
      const submitted = await service.as({ subject: 'officer-gent', role: 'government', organisationCode: '44021' }, () =>
        submit(draft.id, ['44021']),
      );
      expect(submitted.status).toBe('submitted');
      expect(shortlyAfter(DURING_CALL, submitted.submittedAt)).toBe(true);
      const [event] = await service.outbox<ApplicationSubmittedV1>(applicationSubmittedV1.type);
      expect(event).toMatchObject({ key: '44021', version: 1 });
      expect(event?.payload).toEqual({
        applicationId: draft.id,
        callId: call.id,
        projectYear: 1,
        governmentCode: '44021',
        groupCode: null,
        memberCodes: ['44021'],
        catalogueVersion,
        lines: [
          {
            indicatorCode: 'A05',
            actionNumber: 5,
            currentReach: 500,
            additionalReach: 1500,
            priority: 1,
            eurPerKpi: 60,
            requestedCents: 9_000_000,
          },
          {
            indicatorCode: 'A07',
            actionNumber: 7,
            currentReach: 10,
            additionalReach: 40,
            priority: 2,
            eurPerKpi: 650,
            requestedCents: 2_600_000,
          },
          {
            indicatorCode: 'A11',
            actionNumber: 11,
            currentReach: 0,
            additionalReach: 0,
            priority: null,
            eurPerKpi: 320,
            requestedCents: 0,
          },
        ],
        stimuli: {
          mentorships: [{ actionNumber: 5, motivation: 'Gent begeleidt al tien jaar oefenkansen Nederlands.' }],
          cooperation: { partnerCode: '44083', motivation: 'Samen met Deinze.' },
          socialImpactBond: { intended: false, text: '' },
        },
        requestedCents: 11_600_000,
        submittedAt: submitted.submittedAt?.toISOString(),
      });
      expect(await service.query("SELECT actor_subject FROM audit_log WHERE action = 'submit-application'")).toEqual([
        { actor_subject: 'officer-gent' },
      ]);
      await expect(submit(draft.id)).rejects.toBeInstanceOf(Conflict);
      await expect(save(completeDraft(draft.id))).rejects.toBeInstanceOf(Conflict);
    });

    it('a cooperation is with a smaller government, as the register counts inhabitants', async () => {
      const call = await openCall();
      const draft = await create(call.id, '44021');
      const base = completeDraft(draft.id);
      // Antwerpen (529,247 inhabitants in the shipped register) is not smaller than Gent.
      await save({ ...base, stimuli: { ...base.stimuli, cooperation: { partnerCode: '11002', motivation: 'Samen met Antwerpen.' } } });
      const refused = await rejection(submit(draft.id));
      expect(refused.problems).toEqual([
        {
          field: 'stimuli.cooperation.partnerCode',
          problem: expect.stringMatching(
            /^the cooperation partner must be a smaller government: Antwerpen \(11002\) has 529247 inhabitants/,
          ),
        },
      ]);
    });

    it('a bad draft is refused with every problem at once, each naming its field, and stays exactly as it was', async () => {
      const call = await openCall();
      const draft = await create(call.id, '44021');
      await save({
        applicationId: draft.id,
        lines: [
          { indicatorCode: 'A01', currentReach: 0, additionalReach: 5, priority: 1 },
          { indicatorCode: 'A23', currentReach: 0, additionalReach: 10, priority: 2 },
          { indicatorCode: 'A05', currentReach: 100, additionalReach: 2251, priority: 2 },
          { indicatorCode: 'A07', currentReach: 1, additionalReach: 4.5, priority: null },
        ],
        stimuli: {
          mentorships: [{ actionNumber: 9, motivation: '' }],
          cooperation: { partnerCode: '99999', motivation: 'x' },
          socialImpactBond: { intended: true, text: ' ' },
        },
        contacts: [],
        iban: 'BE68 5390 0754 7035',
      });
      const before = await row(draft.id);
      const outboxBefore = await service.count('outbox');
      clock.set(new Date('2022-07-20T00:00:00.000Z'));
      const refused = await rejection(submit(draft.id));
      expect(refused.problems.map((problem) => problem.field)).toEqual([
        'callId',
        'lines[0].indicatorCode',
        'lines[1].indicatorCode',
        'lines[2].additionalReach',
        'lines[3].additionalReach',
        'lines[2].priority',
        'lines[3].priority',
        'stimuli.mentorships[0].actionNumber',
        'stimuli.mentorships[0].motivation',
        'stimuli.cooperation.partnerCode',
        'stimuli.socialImpactBond.text',
        'iban',
        'contacts',
      ]);
      expect(refused.problems[1]?.problem).toBe('A01 is not an indicator of the catalogue');
      expect(refused.problems[2]?.problem).toBe('A23 is not subsidised in project year 1');
      expect(refused.problems[3]?.problem).toBe(
        'the additional reach must be a whole number from 0 to 2250 (the cap per applicant), got 2251',
      );
      expect(await row(draft.id)).toEqual(before);
      expect(await service.count('outbox')).toBe(outboxBefore);
      expect(await service.query("SELECT 1 FROM audit_log WHERE action = 'submit-application'")).toEqual([]);
    });

    it('a member applying alone while its group applies, and a second application covering the same government, are refused', async () => {
      const call = await openCall();
      await service.query("UPDATE local_government SET non_eu_origin_inhabitants = 8000 WHERE code = '41011'");
      const alone = await create(call.id, '41011');
      const draft = completeDraft(alone.id);
      // Without the cooperation with Deinze, which is larger than Denderleeuw: only the group's rules are at stake here.
      await save({ ...draft, stimuli: { ...draft.stimuli, cooperation: null } });
      // The group is formed after the member drafted alone: submitting finds it.
      const group = await formGroup({
        projectYear: 1,
        name: 'Dender',
        referenceRegion: 'Dender',
        leadCode: '41002',
        memberCodes: ['41002', '41011'],
      });
      const lead = await create(call.id, '41002', group.groupCode);
      await save(completeDraft(lead.id));
      await submit(lead.id);
      const refused = await rejection(submit(alone.id));
      expect(refused.problems.map((problem) => problem.field)).toEqual(['governmentCode', 'governmentCode']);
      expect(refused.problems[0]?.problem).toMatch(/member of group GROUP-DENDER in project year 1/);
      expect(refused.problems[1]?.problem).toMatch(new RegExp(`a second application for this call: application ${lead.id} of 41002`));
    });

    it('an applicant whose count dropped below the threshold after drafting is refused at submission, with the numbers', async () => {
      const call = await openCall();
      const draft = await create(call.id, '44021');
      await save(completeDraft(draft.id));
      await service.query("UPDATE local_government SET non_eu_origin_inhabitants = 7500 WHERE code = '44021'");
      const refused = await rejection(submit(draft.id));
      expect(refused.problems).toEqual([
        { field: 'governmentCode', problem: expect.stringMatching(/^not eligible: Gent \(44021\) has 7,500/) },
      ]);
    });
  });
});
