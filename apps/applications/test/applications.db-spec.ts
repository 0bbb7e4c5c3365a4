import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { governmentRegisteredV1, type GovernmentRegisteredV1 } from '#contracts';
import { Conflict, RuleViolation } from '#domain';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { ListGovernmentsHandler } from '../src/application/list-governments/list-governments.handler.js';
import type { RegisterGovernmentCommand } from '../src/application/register-government/register-government.command.js';
import { RegisterGovernmentHandler } from '../src/application/register-government/register-government.handler.js';
import { SeedDemoDataHandler } from '../src/application/seed-demo-data/seed-demo-data.handler.js';
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

describe('applications use cases on a real database', () => {
  let applications: UseCasesUnderTest;
  let registerGovernment: RegisterGovernmentHandler;

  const governments = () => applications.get(ListGovernmentsHandler).execute({});
  const written = async () => ({
    governments: await applications.count('local_government'),
    audit: await applications.count('audit_log'),
    outbox: await applications.count('outbox'),
  });

  beforeAll(async () => {
    applications = await startUseCasesUnderTest({ manifest: applicationsManifest, label: 'applications_db' });
    registerGovernment = applications.get(RegisterGovernmentHandler);
  });

  afterAll(async () => {
    await applications?.stop();
  });

  describe('registering governments', () => {
    beforeEach(async () => {
      await applications.query('TRUNCATE local_government, outbox, audit_log CASCADE');
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
      expect(await written()).toEqual({ governments: 0, audit: 0, outbox: 0 });

      await registerGovernment.execute(gent);
      const codeTaken = registerGovernment.execute({ ...antwerpen, code: '44021' });
      await expect(codeTaken).rejects.toThrow(Conflict);
      await expect(codeTaken).rejects.toThrow('code: local government 44021 is already registered');
      const kboTaken = registerGovernment.execute({ ...antwerpen, kboNumber: gent.kboNumber });
      await expect(kboTaken).rejects.toThrow(Conflict);
      await expect(kboTaken).rejects.toThrow('kboNumber: 0207451227 is already registered to another local government');
      // Only Gent's own registration was written.
      expect(await written()).toEqual({ governments: 1, audit: 1, outbox: 1 });
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
      expect(await written()).toEqual({ governments: 1, audit: 1, outbox: 1 });
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
      expect(await written()).toEqual({ governments: 1, audit: 1, outbox: 1 });
    });
  });

  describe('seeding demo data', () => {
    beforeAll(async () => {
      await applications.query('TRUNCATE local_government, outbox, audit_log CASCADE');
    });

    it('registers the demo governments once, however often it runs, around what is already there', async () => {
      // Gent was registered by hand before: the seed registers only what is missing.
      await registerGovernment.execute(gent);
      const seed = applications.get(SeedDemoDataHandler);
      await seed.execute();
      await seed.execute();

      expect((await governments()).map((government) => government.code)).toEqual(['11002', '12025', '44021']);
      expect(await written()).toEqual({ governments: 3, audit: 3, outbox: 3 });
      const announced = await applications.outbox();
      expect(announced.filter((event) => event.type === governmentRegisteredV1.type).map((event) => event.key)).toEqual([
        '44021',
        '11002',
        '12025',
      ]);
      // Without a caller the system is the actor.
      expect(await applications.query('SELECT DISTINCT actor_subject FROM audit_log')).toEqual([{ actor_subject: 'system' }]);
    });
  });
});
