import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allIndicators, catalogueVersion, findIndicator } from '#catalogue';
import { governmentRegisteredV1, targetsCommittedV2, type GovernmentRegisteredV1, type TargetsCommittedV2 } from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { runWithContext } from '#observability';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import type { DecideApplicationCommand } from '../src/application/decide-application/decide-application.command.js';
import { DecideApplicationHandler } from '../src/application/decide-application/decide-application.handler.js';
import { ListGovernmentsHandler } from '../src/application/list-governments/list-governments.handler.js';
import type { RegisterGovernmentCommand } from '../src/application/register-government/register-government.command.js';
import { RegisterGovernmentHandler } from '../src/application/register-government/register-government.handler.js';
import { SeedDemoDataHandler } from '../src/application/seed-demo-data/seed-demo-data.handler.js';
import type { ApprovedLine, CommittedTarget } from '../src/domain/decision.js';
import { applicationsManifest } from '../src/applications.manifest.js';

const gent: RegisterGovernmentCommand = {
  code: '44021',
  kboNumber: '0207451227',
  name: 'Stad Gent',
  province: 'Oost-Vlaanderen',
  contacts: [{ name: 'Dienst Samenleven Gent', email: 'samenleven@gent.example', role: 'primary' }],
};
const antwerpen: RegisterGovernmentCommand = {
  code: '11002',
  kboNumber: '0207500123',
  name: 'Stad Antwerpen',
  province: 'Antwerpen',
  contacts: [{ name: 'Team Samenleven Antwerpen', email: 'samenleven@antwerpen.example', role: 'primary' }],
};
/** A KBO number with valid check digits that neither Gent nor Antwerpen holds. */
const FREE_KBO_NUMBER = '0207500519';

const abbOfficer = { subject: 'abb-officer', role: 'abb', organisationCode: null };

/** A line as the catalogue prices it: only the additional reach is paid, at the catalogue's euro per KPI. */
const pricedAsCatalogue = (line: ApprovedLine): CommittedTarget => {
  const eurPerKpi = findIndicator(line.indicatorCode)!.eurPerKpi;
  return {
    ...line,
    target: line.currentReach + line.approvedAdditionalReach,
    subsidisedReach: line.approvedAdditionalReach,
    eurPerKpi,
    amountEur: line.approvedAdditionalReach * eurPerKpi,
  };
};

describe('applications use cases on a real database', () => {
  let applications: UseCasesUnderTest;
  let registerGovernment: RegisterGovernmentHandler;
  let decideApplication: DecideApplicationHandler;

  const governments = () => applications.get(ListGovernmentsHandler).execute({});
  const written = async () => ({
    governments: await applications.count('local_government'),
    decisions: await applications.count('decision'),
    audit: await applications.count('audit_log'),
    outbox: await applications.count('outbox'),
  });

  beforeAll(async () => {
    applications = await startUseCasesUnderTest({ manifest: applicationsManifest, label: 'applications_db' });
    registerGovernment = applications.get(RegisterGovernmentHandler);
    decideApplication = applications.get(DecideApplicationHandler);
  });

  afterAll(async () => {
    await applications?.stop();
  });

  describe('registering governments', () => {
    beforeEach(async () => {
      await applications.query('TRUNCATE decision, application, call, government_group, local_government, outbox, audit_log');
    });

    it('registers, audits and announces a government in one unit of work', async () => {
      const registered = await applications.as(abbOfficer, () => registerGovernment.execute(gent));
      expect(registered).toEqual(gent);
      expect(await governments()).toEqual([gent]);

      const audit = await applications.query<{
        action: string;
        object_type: string;
        object_id: string;
        actor_subject: string;
        actor_role: string;
        before: unknown;
        after: unknown;
      }>('SELECT action, object_type, object_id, actor_subject, actor_role, before, after FROM audit_log');
      expect(audit).toEqual([
        {
          action: 'register-government',
          object_type: 'local-government',
          object_id: '44021',
          actor_subject: 'abb-officer',
          actor_role: 'abb',
          before: null,
          after: gent,
        },
      ]);
      const announced = await applications.outbox<GovernmentRegisteredV1>();
      expect(announced).toEqual([
        expect.objectContaining({
          type: governmentRegisteredV1.type,
          version: 1,
          producer: 'applications',
          key: '44021',
          correlationId: 'test-applications_db',
          causationId: null,
          payload: {
            governmentCode: '44021',
            kboNumber: '0207451227',
            name: 'Stad Gent',
            province: 'Oost-Vlaanderen',
            contacts: gent.contacts,
          },
        }),
      ]);
      // Nothing in this tier publishes: the row waits for a relay that is not running.
      expect(await applications.query('SELECT published_at FROM outbox')).toEqual([{ published_at: null }]);
    });

    it('refuses a wrong KBO number, a code or a KBO number already taken, naming it, and writes nothing for them', async () => {
      const wrongCheckDigits = registerGovernment.execute({ ...gent, kboNumber: '0207451228' });
      await expect(wrongCheckDigits).rejects.toThrow(RuleViolation);
      await expect(wrongCheckDigits).rejects.toThrow('kboNumber: 0207451228 is not a valid KBO number (check digits do not match)');
      expect(await written()).toEqual({ governments: 0, decisions: 0, audit: 0, outbox: 0 });

      await registerGovernment.execute(gent);
      const codeTaken = registerGovernment.execute({ ...antwerpen, code: '44021' });
      await expect(codeTaken).rejects.toThrow(Conflict);
      await expect(codeTaken).rejects.toThrow('code: local government 44021 is already registered');
      const kboTaken = registerGovernment.execute({ ...antwerpen, kboNumber: gent.kboNumber });
      await expect(kboTaken).rejects.toThrow(Conflict);
      await expect(kboTaken).rejects.toThrow('kboNumber: 0207451227 is already registered to another local government');
      // Only Gent's own registration was written.
      expect(await written()).toEqual({ governments: 1, decisions: 0, audit: 1, outbox: 1 });
      expect(await governments()).toEqual([gent]);
    });

    it('registers one code once when registrations of it race', async () => {
      const outcomes = await Promise.allSettled(
        [1, 2, 3, 4].map((attempt) => registerGovernment.execute({ ...gent, name: `Stad Gent ${attempt}` })),
      );
      const registered = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
      expect(registered).toHaveLength(1);
      expect(refused).toHaveLength(3);
      for (const reason of refused) {
        expect(reason).toBeInstanceOf(Conflict);
        expect((reason as Conflict).message).toBe('code: local government 44021 is already registered');
      }
      expect(await written()).toEqual({ governments: 1, decisions: 0, audit: 1, outbox: 1 });
      // The row, the audit entry and the event are all the winner's.
      const [winner] = await governments();
      expect((await applications.outbox<GovernmentRegisteredV1>())[0]?.payload.name).toBe(winner?.name);
    });

    it('registers one government when two codes claim one KBO number at once', async () => {
      const twins = ['12026', '12027'].map((code) =>
        registerGovernment.execute({ ...antwerpen, code, kboNumber: FREE_KBO_NUMBER, name: `Gemeente ${code}` }),
      );
      const outcomes = await Promise.allSettled(twins);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const [refused] = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as Error] : []));
      // Registrations of one KBO number wait for each other, so the loser sees the winner's row.
      expect(refused).toBeInstanceOf(Conflict);
      expect(refused?.message).toBe('kboNumber: 0207500519 is already registered to another local government');
      expect(await written()).toEqual({ governments: 1, decisions: 0, audit: 1, outbox: 1 });
    });
  });

  describe('deciding applications', () => {
    const gentDecision: DecideApplicationCommand = {
      governmentCode: '44021',
      projectYear: 1,
      targets: [
        { indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1500 },
        { indicatorCode: 'A02', currentReach: 0, approvedAdditionalReach: 1 },
      ],
    };

    beforeAll(async () => {
      await applications.query('TRUNCATE decision, application, call, government_group, local_government, outbox, audit_log');
      await registerGovernment.execute(gent);
      await registerGovernment.execute(antwerpen);
    });

    beforeEach(async () => {
      await applications.query('TRUNCATE decision, outbox, audit_log');
    });

    it('prices each line under the catalogue, stores the version it was priced under and announces targets-committed v2', async () => {
      const decided = await runWithContext({ correlationId: 'c-decision', causationId: null, actor: abbOfficer }, () =>
        decideApplication.execute(gentDecision),
      );
      const lines = [
        {
          indicatorCode: 'A05',
          currentReach: 500,
          approvedAdditionalReach: 1500,
          target: 2000,
          subsidisedReach: 1500,
          eurPerKpi: 60,
          amountEur: 90_000,
        },
        {
          indicatorCode: 'A02',
          currentReach: 0,
          approvedAdditionalReach: 1,
          target: 1,
          subsidisedReach: 1,
          eurPerKpi: 25_000,
          amountEur: 25_000,
        },
      ];
      expect(decided).toEqual({
        decisionId: expect.any(String),
        governmentCode: '44021',
        projectYear: 1,
        catalogueVersion,
        amountEur: 115_000,
        targets: lines,
      });

      expect(await applications.outbox<TargetsCommittedV2>()).toEqual([
        expect.objectContaining({
          type: targetsCommittedV2.type,
          version: 2,
          producer: 'applications',
          key: '44021',
          correlationId: 'c-decision',
          payload: {
            applicationId: decided.decisionId,
            governmentCode: '44021',
            projectYear: 1,
            catalogueVersion,
            amountEur: 115_000,
            targets: lines,
          },
        }),
      ]);
      expect(await applications.query('SELECT id, government_code, project_year, catalogue_version, targets FROM decision')).toEqual([
        { id: decided.decisionId, government_code: '44021', project_year: 1, catalogue_version: catalogueVersion, targets: lines },
      ]);
      expect(await applications.query('SELECT action, object_type, object_id, actor_subject, correlation_id FROM audit_log')).toEqual([
        {
          action: 'decide-application',
          object_type: 'decision',
          object_id: decided.decisionId,
          actor_subject: 'abb-officer',
          correlation_id: 'c-decision',
        },
      ]);
    });

    it('refuses a decision for an unregistered government, a broken line or an unknown year, naming it, and writes nothing', async () => {
      const decide = (change: Partial<DecideApplicationCommand>) => decideApplication.execute({ ...gentDecision, ...change });
      const unregistered = decide({ governmentCode: '71016' });
      await expect(unregistered).rejects.toThrow(NotFound);
      await expect(unregistered).rejects.toThrow('governmentCode: local government 71016 is not registered');

      const refusals: [Partial<DecideApplicationCommand>, string][] = [
        [
          { targets: [{ indicatorCode: 'A05', currentReach: 0, approvedAdditionalReach: 2251 }] },
          'targets[0].approvedAdditionalReach: 2251 exceeds the cap of 2250 for A05',
        ],
        [
          {
            targets: [
              { indicatorCode: 'A05', currentReach: 0, approvedAdditionalReach: 10 },
              { indicatorCode: 'A99', currentReach: 0, approvedAdditionalReach: 1 },
            ],
          },
          'targets[1].indicatorCode: A99 is not a subsidised indicator of Plan Samenleven in this project year',
        ],
        // Action 23 is subsidised from project year 2 only.
        [
          { targets: [{ indicatorCode: 'A23', currentReach: 0, approvedAdditionalReach: 10 }] },
          'targets[0].indicatorCode: A23 is not a subsidised indicator of Plan Samenleven in this project year',
        ],
        [
          {
            targets: [
              { indicatorCode: 'A02', currentReach: 0, approvedAdditionalReach: 1 },
              { indicatorCode: 'A02', currentReach: 0, approvedAdditionalReach: 1 },
            ],
          },
          'targets[1].indicatorCode: A02 appears more than once',
        ],
        [
          { targets: [{ indicatorCode: 'A05', currentReach: 0, approvedAdditionalReach: 2.5 }] },
          'A05: approved additional reach must be a whole number >= 0, got 2.5',
        ],
        [{ targets: [] }, 'a decision approves at least one indicator'],
        [{ projectYear: 4 }, 'projectYear: 4 is not a project year of Plan Samenleven'],
      ];
      for (const [change, rule] of refusals) {
        const refused = decide(change);
        await expect(refused).rejects.toThrow(RuleViolation);
        await expect(refused).rejects.toThrow(rule);
      }
      expect(await written()).toEqual({ governments: 2, decisions: 0, audit: 0, outbox: 0 });

      // The same action is funded from year 2 on.
      const year2 = await decide({ projectYear: 2, targets: [{ indicatorCode: 'A23', currentReach: 0, approvedAdditionalReach: 10 }] });
      expect(year2).toMatchObject({
        projectYear: 2,
        amountEur: 10 * 210,
        targets: [{ indicatorCode: 'A23', eurPerKpi: 210, amountEur: 2100 }],
      });
    });

    it('decides a government and year once: a second decision and racing decisions are a Conflict', async () => {
      await decideApplication.execute(gentDecision);
      const second = decideApplication.execute({
        ...gentDecision,
        targets: [{ indicatorCode: 'A05', currentReach: 0, approvedAdditionalReach: 10 }],
      });
      await expect(second).rejects.toThrow(Conflict);
      await expect(second).rejects.toThrow('local government 44021 already has a decision for project year 1');

      const racing = await Promise.allSettled([1, 2, 3].map(() => decideApplication.execute({ ...gentDecision, governmentCode: '11002' })));
      expect(racing.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of racing.filter((candidate) => candidate.status === 'rejected')) {
        expect(outcome.reason).toBeInstanceOf(Conflict);
        expect((outcome.reason as Conflict).message).toBe('local government 11002 already has a decision for project year 1');
      }
      // Another year is another decision.
      await decideApplication.execute({ ...gentDecision, projectYear: 2 });
      expect(await applications.query('SELECT government_code, project_year FROM decision ORDER BY government_code, project_year')).toEqual(
        [
          { government_code: '11002', project_year: 1 },
          { government_code: '44021', project_year: 1 },
          { government_code: '44021', project_year: 2 },
        ],
      );
      expect(
        (await applications.outbox<TargetsCommittedV2>(targetsCommittedV2.type)).map((event) => [event.key, event.payload.projectYear]),
      ).toEqual([
        ['44021', 1],
        ['11002', 1],
        ['44021', 2],
      ]);
    });

    it('announces every decision with the lines priced as the catalogue prices them and their sum as its amount', async () => {
      const decision = fc.integer({ min: 1, max: 3 }).chain((projectYear) =>
        fc
          .subarray(
            allIndicators().filter((indicator) => indicator.subsidisedFromYear <= projectYear),
            { minLength: 1, maxLength: 6 },
          )
          .chain((indicators) =>
            fc.tuple(
              fc.constant(projectYear),
              fc.tuple(
                ...indicators.map((indicator) =>
                  fc.record({
                    indicatorCode: fc.constant(indicator.code),
                    currentReach: fc.nat(10_000),
                    approvedAdditionalReach: fc.integer({ min: 0, max: indicator.maxPerApplicant }),
                  }),
                ),
              ),
            ),
          ),
      );
      await fc.assert(
        fc.asyncProperty(decision, async ([projectYear, targets]) => {
          await applications.query('TRUNCATE decision, outbox, audit_log');
          const decided = await decideApplication.execute({ governmentCode: '44021', projectYear, targets });
          const lines = targets.map(pricedAsCatalogue);
          const amountEur = lines.reduce((sum, line) => sum + line.amountEur, 0);
          const [event] = await applications.outbox<TargetsCommittedV2>(targetsCommittedV2.type);
          expect(event?.payload).toEqual({
            applicationId: decided.decisionId,
            governmentCode: '44021',
            projectYear,
            catalogueVersion,
            amountEur,
            targets: lines,
          });
          expect(await applications.query('SELECT catalogue_version, targets FROM decision')).toEqual([
            { catalogue_version: catalogueVersion, targets: lines },
          ]);
        }),
        { numRuns: 25 },
      );
    });
  });

  describe('seeding demo data', () => {
    beforeAll(async () => {
      await applications.query('TRUNCATE decision, application, call, government_group, local_government, outbox, audit_log');
    });

    it('registers and decides the demo governments once, however often it runs, around what is already there', async () => {
      // Gent was registered by hand before: the seed registers only what is missing.
      await registerGovernment.execute(gent);
      const seed = applications.get(SeedDemoDataHandler);
      await seed.execute();
      await seed.execute();

      expect((await governments()).map((government) => government.code)).toEqual(['11002', '12025', '44021']);
      expect(await written()).toEqual({ governments: 3, decisions: 3, audit: 6, outbox: 6 });
      const announced = await applications.outbox();
      expect(announced.filter((event) => event.type === governmentRegisteredV1.type).map((event) => event.key)).toEqual([
        '44021',
        '11002',
        '12025',
      ]);
      const decided = (await applications.outbox<TargetsCommittedV2>(targetsCommittedV2.type)).map((event) => event.payload);
      expect(decided.map((payload) => [payload.governmentCode, payload.projectYear, payload.amountEur, payload.catalogueVersion])).toEqual([
        ['44021', 1, 1500 * 60 + 25_000, catalogueVersion],
        ['11002', 1, 2250 * 60, catalogueVersion],
        ['12025', 1, 800 * 60, catalogueVersion],
      ]);
      // Without a caller the system is the actor.
      expect(await applications.query('SELECT DISTINCT actor_subject FROM audit_log')).toEqual([{ actor_subject: 'system' }]);
    });
  });
});
