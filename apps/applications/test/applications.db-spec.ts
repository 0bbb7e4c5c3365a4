import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { governmentRegisteredV2, governmentUpdatedV1, type GovernmentRegisteredV2, type GovernmentUpdatedV1 } from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { GetGovernmentHandler } from '../src/application/get-government/get-government.handler.js';
import { ImportGovernmentsHandler } from '../src/application/import-governments/import-governments.handler.js';
import { ListGovernmentsHandler } from '../src/application/list-governments/list-governments.handler.js';
import { LoadRegisterHandler } from '../src/application/load-register/load-register.handler.js';
import type { RegisterGovernmentCommand } from '../src/application/register-government/register-government.command.js';
import { RegisterGovernmentHandler } from '../src/application/register-government/register-government.handler.js';
import { UpdateGovernmentHandler } from '../src/application/update-government/update-government.handler.js';
import type { LocalGovernment } from '../src/domain/local-government.js';
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
/** Gent as the register holds it after registering the command above. */
const gentRegistered: LocalGovernment = {
  code: '44021',
  kind: 'municipality',
  kboNumber: '0207451227',
  name: 'Stad Gent',
  province: 'Oost-Vlaanderen',
  arrondissement: null,
  inhabitants: null,
  nonEuOriginInhabitants: null,
  contacts: [{ name: 'Dienst Samenleven Gent', email: 'samenleven@gent.example', phone: null, role: 'primary' }],
};
/** A KBO number with valid check digits that neither Gent nor Antwerpen holds. */
const FREE_KBO_NUMBER = '0207500519';

const abbOfficer = { subject: 'abb-officer', role: 'abb', organisationCode: null };

const IMPORT_HEADER = 'code;kboNumber;name;province;inhabitants;nonEuOriginInhabitants;contactName;contactEmail;contactPhone;contactRole';
const csv = (...lines: string[]): string => [IMPORT_HEADER, ...lines].join('\n');

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

    it('registers, audits and announces a government with government-registered v2 in one unit of work', async () => {
      const registered = await applications.as(abbOfficer, () => registerGovernment.execute(gent));
      expect(registered).toEqual(gentRegistered);
      expect(await governments()).toEqual([gentRegistered]);

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
          after: gentRegistered,
        },
      ]);
      const announced = await applications.outbox<GovernmentRegisteredV2>();
      expect(announced).toEqual([
        expect.objectContaining({
          type: governmentRegisteredV2.type,
          version: 2,
          producer: 'applications',
          key: '44021',
          correlationId: 'test-applications_db',
          causationId: null,
          payload: {
            governmentCode: '44021',
            kind: 'municipality',
            kboNumber: '0207451227',
            name: 'Stad Gent',
            province: 'Oost-Vlaanderen',
            inhabitants: null,
            nonEuOriginInhabitants: null,
            contacts: gentRegistered.contacts,
          },
        }),
      ]);
      // Nothing in this tier publishes: the row waits for a relay that is not running.
      expect(await applications.query('SELECT published_at FROM outbox')).toEqual([{ published_at: null }]);
    });

    it('registers VGC and vzw de Rand as their own kinds, and a government without a known KBO number', async () => {
      await registerGovernment.execute({ code: 'VGC', name: 'Vlaamse Gemeenschapscommissie', province: 'Brussel', contacts: [] });
      await registerGovernment.execute({ code: 'DE-RAND', kboNumber: null, name: 'vzw de Rand', province: 'Vlaams-Brabant', contacts: [] });
      expect((await governments()).map(({ code, kind, kboNumber }) => [code, kind, kboNumber])).toEqual([
        ['DE-RAND', 'de-rand', null],
        ['VGC', 'vgc', null],
      ]);
    });

    it('refuses a wrong KBO number, a bad code, a code or a KBO number already taken, naming it, and writes nothing for them', async () => {
      const wrongCheckDigits = registerGovernment.execute({ ...gent, kboNumber: '0207451228' });
      await expect(wrongCheckDigits).rejects.toThrow(RuleViolation);
      await expect(wrongCheckDigits).rejects.toThrow('kboNumber: 0207451228 is not a valid KBO number (check digits do not match)');
      await expect(registerGovernment.execute({ ...gent, code: 'GROUP-GENT' })).rejects.toThrow(
        'code: GROUP-GENT is not a 5-digit NIS code, VGC or DE-RAND',
      );
      await expect(registerGovernment.execute({ ...gent, inhabitants: 10, nonEuOriginInhabitants: 11 })).rejects.toThrow(
        'nonEuOriginInhabitants: 11 exceeds the 10 inhabitants of 44021',
      );
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
      expect(await governments()).toEqual([gentRegistered]);
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
      expect((await applications.outbox<GovernmentRegisteredV2>())[0]?.payload.name).toBe(winner?.name);
    });

    it('registers one government when two codes claim one KBO number at once', async () => {
      const twins = ['12026', '12027'].map((code) =>
        registerGovernment.execute({ ...antwerpen, code, kboNumber: FREE_KBO_NUMBER, name: `Gemeente ${code}` }),
      );
      const outcomes = await Promise.allSettled(twins);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const [refused] = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as Error] : []));
      // Registrations wait for each other, so the loser sees the winner's row.
      expect(refused).toBeInstanceOf(Conflict);
      expect(refused?.message).toBe('kboNumber: 0207500519 is already registered to another local government');
      expect(await written()).toEqual({ governments: 1, audit: 1, outbox: 1 });
    });
  });

  describe('the shipped register', () => {
    const loadRegister = () => applications.get(LoadRegisterHandler).execute();

    beforeEach(async () => {
      await applications.query('TRUNCATE local_government, outbox, audit_log CASCADE');
    });

    it('loads the 300 municipalities, VGC and vzw de Rand once, announcing each with government-registered v2', async () => {
      expect(await loadRegister()).toEqual({ loaded: 302, present: 0 });
      const register = await governments();
      expect(register).toHaveLength(302);
      expect(register.filter((government) => government.kind === 'municipality')).toHaveLength(300);
      const named = (code: string) => register.find((government) => government.code === code);
      // The governments of the seeds and shared/data, by their NIS codes.
      const seedGovernments = ['44021', '11002', '12025', '35013', '34022', '73107', '41002', '42006', '23050', 'VGC', 'DE-RAND'];
      expect(seedGovernments.map((code) => [code, named(code)?.name, named(code)?.province])).toEqual([
        ['44021', 'Gent', 'Oost-Vlaanderen'],
        ['11002', 'Antwerpen', 'Antwerpen'],
        ['12025', 'Mechelen', 'Antwerpen'],
        ['35013', 'Oostende', 'West-Vlaanderen'],
        ['34022', 'Kortrijk', 'West-Vlaanderen'],
        ['73107', 'Maasmechelen', 'Limburg'],
        ['41002', 'Aalst', 'Oost-Vlaanderen'],
        ['42006', 'Dendermonde', 'Oost-Vlaanderen'],
        ['23050', 'Meise', 'Vlaams-Brabant'],
        ['VGC', 'Vlaamse Gemeenschapscommissie', 'Brussel'],
        ['DE-RAND', 'vzw de Rand', 'Vlaams-Brabant'],
      ]);
      expect(named('44021')).toEqual({
        code: '44021',
        kind: 'municipality',
        kboNumber: null,
        name: 'Gent',
        province: 'Oost-Vlaanderen',
        arrondissement: 'Gent',
        inhabitants: 263927,
        nonEuOriginInhabitants: null,
        contacts: [],
      });
      // The provinces of the 300 municipalities of 2019-2024.
      const perProvince = await applications.query<{ province: string; count: number }>(
        "SELECT province, count(*)::int AS count FROM local_government WHERE kind = 'municipality' GROUP BY province ORDER BY province",
      );
      expect(perProvince).toEqual([
        { province: 'Antwerpen', count: 69 },
        { province: 'Limburg', count: 42 },
        { province: 'Oost-Vlaanderen', count: 60 },
        { province: 'Vlaams-Brabant', count: 65 },
        { province: 'West-Vlaanderen', count: 64 },
      ]);
      const announced = await applications.outbox<GovernmentRegisteredV2>();
      expect(announced).toHaveLength(302);
      expect(new Set(announced.map((event) => `${event.type}.v${event.version}`))).toEqual(new Set([`${governmentRegisteredV2.type}.v2`]));
      expect(announced.every((event) => event.key === event.payload.governmentCode)).toBe(true);
      expect(announced.find((event) => event.key === '73107')?.payload).toEqual({
        governmentCode: '73107',
        kind: 'municipality',
        kboNumber: null,
        name: 'Maasmechelen',
        province: 'Limburg',
        inhabitants: 38933,
        nonEuOriginInhabitants: null,
        contacts: [],
      });
      expect(await applications.query('SELECT action, object_type, actor_subject FROM audit_log')).toEqual([
        { action: 'load-register', object_type: 'register', actor_subject: 'system' },
      ]);

      // Again (the next start): nothing written, nothing announced.
      expect(await loadRegister()).toEqual({ loaded: 0, present: 302 });
      expect(await written()).toEqual({ governments: 302, audit: 1, outbox: 302 });
    });

    it('adds only what is missing and keeps what ABB changed, also when instances start at once', async () => {
      await registerGovernment.execute(gent);
      await applications.get(UpdateGovernmentHandler).execute({ code: '44021', changes: { nonEuOriginInhabitants: 61000 } });
      const outcomes = await Promise.all([loadRegister(), loadRegister(), loadRegister()]);
      expect(outcomes.map((outcome) => outcome.loaded).sort()).toEqual([0, 0, 301]);
      expect(await applications.get(GetGovernmentHandler).execute({ code: '44021' })).toMatchObject({
        name: 'Stad Gent',
        nonEuOriginInhabitants: 61000,
        contacts: gentRegistered.contacts,
      });
      expect(await applications.outbox(governmentRegisteredV2.type)).toHaveLength(302);
    });
  });

  describe('changing a register entry', () => {
    let updateGovernment: UpdateGovernmentHandler;

    beforeEach(async () => {
      updateGovernment = applications.get(UpdateGovernmentHandler);
      await applications.query('TRUNCATE local_government, outbox, audit_log CASCADE');
      await registerGovernment.execute(gent);
      await registerGovernment.execute(antwerpen);
      await applications.query('TRUNCATE outbox, audit_log');
    });

    it('changes, audits and announces with government-updated v1 naming the changed fields', async () => {
      const contacts = [
        { name: 'Dienst Samenleven Gent', email: 'samenleven@gent.example', phone: '+32 9 210 10 10', role: 'primary' },
        { name: 'Financiën', email: 'financien@gent.example', phone: null, role: 'finance' },
      ];
      const changed = await applications.as(abbOfficer, () =>
        updateGovernment.execute({ code: '44021', changes: { nonEuOriginInhabitants: 61000, name: 'Stad Gent', contacts } }),
      );
      expect(changed).toEqual({ ...gentRegistered, nonEuOriginInhabitants: 61000, contacts });
      const [event] = await applications.outbox<GovernmentUpdatedV1>();
      expect(event).toMatchObject({
        type: governmentUpdatedV1.type,
        version: 1,
        key: '44021',
        payload: {
          governmentCode: '44021',
          nonEuOriginInhabitants: 61000,
          contacts,
          changedFields: ['nonEuOriginInhabitants', 'contacts'],
        },
      });
      expect(await applications.query('SELECT action, object_id, actor_subject, before, after FROM audit_log')).toEqual([
        { action: 'update-government', object_id: '44021', actor_subject: 'abb-officer', before: gentRegistered, after: changed },
      ]);
    });

    it('writes nothing when nothing changes, and refuses an unknown code, a bad or taken KBO number, naming them', async () => {
      expect(await updateGovernment.execute({ code: '44021', changes: { name: 'Stad Gent', contacts: gentRegistered.contacts } })).toEqual(
        gentRegistered,
      );
      await expect(updateGovernment.execute({ code: '99999', changes: { name: 'X' } })).rejects.toThrow(
        new NotFound('code: local government 99999 is not registered'),
      );
      await expect(updateGovernment.execute({ code: '44021', changes: { kboNumber: '0207451228' } })).rejects.toThrow(
        'kboNumber: 0207451228 is not a valid KBO number (check digits do not match)',
      );
      const taken = updateGovernment.execute({ code: '44021', changes: { kboNumber: antwerpen.kboNumber } });
      await expect(taken).rejects.toThrow(Conflict);
      await expect(taken).rejects.toThrow('kboNumber: 0207500123 is already registered to another local government');
      expect(await written()).toEqual({ governments: 2, audit: 0, outbox: 0 });
      // Clearing a KBO number is a change; setting the same one again is not.
      await updateGovernment.execute({ code: '44021', changes: { kboNumber: null } });
      await updateGovernment.execute({ code: '44021', changes: { kboNumber: null } });
      expect((await applications.outbox<GovernmentUpdatedV1>()).map((event) => event.payload.changedFields)).toEqual([['kboNumber']]);
    });
  });

  describe('reading the register', () => {
    beforeAll(async () => {
      await applications.query('TRUNCATE local_government, outbox, audit_log CASCADE');
      await applications.get(LoadRegisterHandler).execute();
      await applications.get(ImportGovernmentsHandler).execute({
        csv: csv('44021;;;;;;Samenleven;samenleven@gent.example;;primary', '12025;;;;;;Samenleven;samenleven@mechelen.example;;primary'),
      });
    });

    it('filters by province, kind and part of the name or code', async () => {
      const list = applications.get(ListGovernmentsHandler);
      expect((await list.execute({ province: 'Limburg' })).length).toBe(42);
      expect((await list.execute({ kind: 'vgc' })).map((government) => government.code)).toEqual(['VGC']);
      expect((await list.execute({ q: 'MECHELEN' })).map((government) => government.name)).toEqual(['Mechelen', 'Maasmechelen']);
      expect((await list.execute({ q: '4402' })).map((government) => government.code)).toEqual(['44020', '44021']);
      expect(await list.execute({ q: '%' })).toEqual([]);
      expect((await list.execute({ province: 'Antwerpen', q: 'mechelen' })).map((government) => government.code)).toEqual(['12025']);
    });

    it('shows contact persons to ABB and to the government itself only', async () => {
      const get = applications.get(GetGovernmentHandler);
      expect((await get.execute({ code: '44021', contactsVisibleTo: 'all' })).contacts).toHaveLength(1);
      expect((await get.execute({ code: '44021', contactsVisibleTo: ['44021'] })).contacts).toHaveLength(1);
      expect(await get.execute({ code: '12025', contactsVisibleTo: ['44021'] })).not.toHaveProperty('contacts');
      const seenByGent = await applications.get(ListGovernmentsHandler).execute({ q: 'e', contactsVisibleTo: ['44021'] });
      expect(seenByGent.filter((government) => 'contacts' in government).map((government) => government.code)).toEqual(['44021']);
      await expect(get.execute({ code: '00000' })).rejects.toThrow(NotFound);
    });
  });

  describe('importing the register from CSV', () => {
    let importGovernments: ImportGovernmentsHandler;
    const problemsOf = async (text: string): Promise<string[]> => {
      const refused = await importGovernments.execute({ csv: text }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(RuleViolation);
      return (refused as RuleViolation).problems.map(({ field, problem }) => `${field}: ${problem}`);
    };

    beforeEach(async () => {
      importGovernments = applications.get(ImportGovernmentsHandler);
      await applications.query('TRUNCATE local_government, outbox, audit_log CASCADE');
      await applications.get(LoadRegisterHandler).execute();
      await applications.query('TRUNCATE outbox, audit_log');
    });

    const file = csv(
      '44021;0207.451.227;;;;61000;Dienst Samenleven Gent;samenleven@gent.example;+32 9 210 10 10;primary',
      '44021;;;;;;Financiën Gent;financien@gent.example;;finance',
      '12025;0207500024;;;;;Samenleven Mechelen;samenleven@mechelen.example;;primary',
      '73107;;;;;9000;;;;',
      '99001;;Nieuwe Gemeente;Limburg;12000;;Contact;contact@nieuw.example;;primary',
    );

    it('creates, updates and announces in one unit of work, and the same file twice changes nothing', async () => {
      expect(await applications.as(abbOfficer, () => importGovernments.execute({ csv: file }))).toEqual({
        created: 1,
        updated: 3,
        unchanged: 0,
      });
      const gentNow = await applications.get(GetGovernmentHandler).execute({ code: '44021' });
      expect(gentNow).toMatchObject({
        kboNumber: '0207451227',
        name: 'Gent',
        nonEuOriginInhabitants: 61000,
        contacts: [
          { name: 'Dienst Samenleven Gent', email: 'samenleven@gent.example', phone: '+32 9 210 10 10', role: 'primary' },
          { name: 'Financiën Gent', email: 'financien@gent.example', phone: null, role: 'finance' },
        ],
      });
      const events = await applications.outbox<GovernmentUpdatedV1 | GovernmentRegisteredV2>();
      expect(
        events.map((event) => [
          event.type,
          event.version,
          event.key,
          'changedFields' in event.payload ? event.payload.changedFields : null,
        ]),
      ).toEqual([
        [governmentRegisteredV2.type, 2, '99001', null],
        [governmentUpdatedV1.type, 1, '44021', ['kboNumber', 'nonEuOriginInhabitants', 'contacts']],
        [governmentUpdatedV1.type, 1, '12025', ['kboNumber', 'contacts']],
        [governmentUpdatedV1.type, 1, '73107', ['nonEuOriginInhabitants']],
      ]);
      expect(events[0]?.payload).toMatchObject({
        governmentCode: '99001',
        kind: 'municipality',
        name: 'Nieuwe Gemeente',
        inhabitants: 12000,
      });
      expect(await applications.query('SELECT action, object_id, actor_subject FROM audit_log ORDER BY object_id')).toEqual([
        { action: 'import-government', object_id: '12025', actor_subject: 'abb-officer' },
        { action: 'import-government', object_id: '44021', actor_subject: 'abb-officer' },
        { action: 'import-government', object_id: '73107', actor_subject: 'abb-officer' },
        { action: 'import-government', object_id: '99001', actor_subject: 'abb-officer' },
      ]);

      // The same file again, with a BOM and Windows line ends as a spreadsheet saves it: nothing to do.
      expect(await importGovernments.execute({ csv: `\uFEFF${file.replaceAll('\n', '\r\n')}` })).toEqual({
        created: 0,
        updated: 0,
        unchanged: 4,
      });
      expect(await written()).toEqual({ governments: 303, audit: 4, outbox: 4 });
    });

    it('checks a file in a dry run: what it would do, or every problem, and nothing written or announced', async () => {
      expect(await applications.as(abbOfficer, () => importGovernments.execute({ csv: file, dryRun: true }))).toEqual({
        created: 1,
        updated: 3,
        unchanged: 0,
      });
      expect(await written()).toEqual({ governments: 302, audit: 0, outbox: 0 });
      expect((await applications.get(GetGovernmentHandler).execute({ code: '44021' })).contacts).toEqual([]);
      const refused = await importGovernments.execute({ csv: csv('44021;0207451228;;;;;;;;'), dryRun: true }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect((refused as RuleViolation).problems).toEqual([
        { field: 'row 2, kboNumber', problem: 'check digits do not match (0207451228)' },
      ]);
      // The real import afterwards does what the dry run said.
      expect(await applications.as(abbOfficer, () => importGovernments.execute({ csv: file }))).toEqual({
        created: 1,
        updated: 3,
        unchanged: 0,
      });
    });

    it('refuses the whole file when any row is bad, listing every bad row and field, and imports nothing', async () => {
      const bad = csv(
        '44021;0207451228;;;;;Dienst Samenleven Gent;samenleven@gent.example;;primary',
        '12025;;;;;;Samenleven Mechelen;samenleven@mechelen.example;;primary',
        '11002;;;Antwerpen;;600000;Iemand;geen-adres;;primary',
        '99001;;;;;;;;;',
        '12025;0207451227;;;;;;;;',
        '41002;0207451227;;;;;;;;',
      );
      expect(await problemsOf(bad)).toEqual([
        'row 2, kboNumber: check digits do not match (0207451228)',
        'row 4, contactEmail: geen-adres is not an e-mail address',
        'row 4, nonEuOriginInhabitants: 600000 exceeds the 529247 inhabitants of 11002',
        'row 5, name: 99001 is not in the register yet: its name is required',
        'row 5, province: 99001 is not in the register yet: its province is required',
        'row 6, kboNumber: 0207451227 is also the KBO number of 41002',
        'row 7, kboNumber: 0207451227 is also the KBO number of 12025',
      ]);
      expect(await written()).toEqual({ governments: 302, audit: 0, outbox: 0 });
      expect((await applications.get(GetGovernmentHandler).execute({ code: '12025' })).contacts).toEqual([]);
    });

    it('refuses a KBO number another government holds, and imports when the file also moves it away', async () => {
      await importGovernments.execute({ csv: csv('41002;0207451227;;;;;;;;') });
      expect(await problemsOf(csv('44021;0207451227;;;;;;;;'))).toEqual(['row 2, kboNumber: 0207451227 is also the KBO number of 41002']);
      expect(await importGovernments.execute({ csv: csv('44021;0207451227;;;;;;;;', '41002;0207500123;;;;;;;;') })).toEqual({
        created: 0,
        updated: 2,
        unchanged: 0,
      });
    });
  });
});
