import type { Type } from '@nestjs/common';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { catalogueVersion as baseVersion } from '#catalogue';
import { catalogueVersionPublishedV1, type CatalogueVersionPublishedV1 } from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import { UnitOfWork } from '#persistence';
import { eventually, startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { GetCatalogueHandler, type CatalogueView } from '../src/application/get-catalogue/get-catalogue.handler.js';
import { ListCatalogueVersionsHandler } from '../src/application/list-catalogue-versions/list-catalogue-versions.handler.js';
import type { PublishCatalogueVersionCommand } from '../src/application/publish-catalogue-version/publish-catalogue-version.command.js';
import { PublishCatalogueVersionHandler } from '../src/application/publish-catalogue-version/publish-catalogue-version.handler.js';
import { applicationsManifest } from '../src/applications.manifest.js';
import { CatalogueLookup } from '../src/domain/catalogue-lookup.js';
import { DatabaseCatalogueLookup } from '../src/infrastructure/database-catalogue-lookup.js';

const abbOfficer = { subject: 'abb-catalogue', role: 'abb', organisationCode: 'OVO002949' };

const rateOf = (catalogue: CatalogueView, code: string) =>
  catalogue.objectives.flatMap((objective) => objective.actions.flatMap((action) => action.indicators)).find((line) => line.code === code);
const actionOf = (catalogue: CatalogueView, number: number) =>
  catalogue.objectives.flatMap((objective) => objective.actions).find((action) => action.number === number);

describe('programme catalogue and its versions on a real database', () => {
  let applications: UseCasesUnderTest;
  let lookup: CatalogueLookup;
  const catalogue = (projectYear: number): Promise<CatalogueView> => applications.get(GetCatalogueHandler).execute({ projectYear });
  const publish = (command: Omit<PublishCatalogueVersionCommand, 'publishedBy'>) =>
    applications.as(abbOfficer, () =>
      applications.get(PublishCatalogueVersionHandler).execute({ ...command, publishedBy: 'abb-catalogue' }),
    );
  const written = async () => ({
    versions: await applications.count('catalogue_version'),
    audit: await applications.count('audit_log'),
    outbox: await applications.count('outbox'),
  });
  const openCall = (projectYear: number) =>
    applications.query(
      `INSERT INTO call (id, project_year, title, catalogue_version, opens_at, closes_at, only_earlier_participants, status)
       VALUES ($1, $2, 'Oproep', $3, now(), now() + interval '30 days', false, 'open')`,
      [randomUUID(), projectYear, baseVersion],
    );

  beforeAll(async () => {
    applications = await startUseCasesUnderTest({ manifest: applicationsManifest, label: 'applications_catalogue_db' });
    lookup = applications.get(CatalogueLookup as unknown as Type<CatalogueLookup>);
    applications.get(ProgrammeClock).set(new Date('2023-05-01T09:00:00Z'));
  });

  afterAll(async () => {
    await applications?.stop();
  });

  beforeEach(async () => {
    await applications.query('TRUNCATE catalogue_version, call CASCADE');
    await applications.query('TRUNCATE audit_log, outbox');
  });

  it('is provided as the catalogue lookup of calls, applications and decisions', () => {
    expect(lookup).toBeInstanceOf(DatabaseCatalogueLookup);
  });

  it('reads each project year from the data file until ABB publishes a version, with its provenance', async () => {
    const yearOne = await catalogue(1);
    expect(yearOne).toMatchObject({ catalogueVersion: baseVersion, versionFromProjectYear: 1, projectYear: 1, start: '2022-10-01' });
    expect(yearOne.about).toContain('Plan Samenleven');
    expect(yearOne.sources.length).toBeGreaterThan(0);
    expect(yearOne.reportingPeriods.map((period) => period.code)).toEqual(['PJ1-INTERIM', 'PJ1-ANNUAL']);
    expect(yearOne.objectives).toHaveLength(7);
    for (const number of [1, 3, 4, 12]) expect(actionOf(yearOne, number)).toMatchObject({ subsidised: false, subsidisedFromYear: null });
    expect(actionOf(yearOne, 23)).toMatchObject({ subsidised: false, subsidisedFromYear: 2 });
    expect(actionOf(await catalogue(2), 23)).toMatchObject({ subsidised: true, subsidisedFromYear: 2 });
    expect(actionOf(yearOne, 5)).toMatchObject({ subsidised: true, subsidisedFromYear: 1, provenance: expect.any(String) });
    expect(rateOf(yearOne, 'A05')).toEqual({
      code: 'A05',
      unit: 'volwassen anderstalige die deelneemt aan een oefenkans',
      eurPerKpi: 60,
      maxPerApplicant: 2250,
    });
    await expect(catalogue(4)).rejects.toThrow(RuleViolation);
    expect(await lookup.currentVersion(3)).toBe(baseVersion);
  });

  it('publishes a version for a later year: audited and announced at once, earlier years keep theirs', async () => {
    const published = await publish({
      fromProjectYear: 2,
      note: 'Oefenkans Nederlands: EUR 65 per KPI vanaf projectjaar 2',
      changes: [
        { indicatorCode: 'A05', eurPerKpi: 65 },
        { indicatorCode: 'A02', maxPerApplicant: 2 },
      ],
    });
    expect(published).toEqual({
      catalogueVersion: expect.stringMatching(/^sha256-[0-9a-f]{12}$/),
      fromProjectYear: 2,
      previousVersion: baseVersion,
      publishedAt: expect.stringMatching(/^2023-05-01T09:0/),
      note: 'Oefenkans Nederlands: EUR 65 per KPI vanaf projectjaar 2',
      changes: [
        { indicatorCode: 'A05', eurPerKpi: 65, maxPerApplicant: 2250 },
        { indicatorCode: 'A02', eurPerKpi: 25000, maxPerApplicant: 2 },
      ],
    });
    const version = published.catalogueVersion;
    expect(version).not.toBe(baseVersion);

    expect((await catalogue(1)).catalogueVersion).toBe(baseVersion);
    expect(rateOf(await catalogue(1), 'A05')?.eurPerKpi).toBe(60);
    for (const year of [2, 3]) {
      expect(await catalogue(year)).toMatchObject({ catalogueVersion: version, versionFromProjectYear: 2 });
      expect(rateOf(await catalogue(year), 'A05')).toMatchObject({ eurPerKpi: 65, maxPerApplicant: 2250 });
      expect(await lookup.currentVersion(year)).toBe(version);
    }
    expect(await lookup.currentVersion(1)).toBe(baseVersion);

    // Both versions stay resolvable: what was priced under the base version keeps its rates.
    expect((await lookup.subsidisedIndicators(baseVersion, 2)).get('A05')).toEqual({
      code: 'A05',
      actionNumber: 5,
      objectiveNumber: 2,
      unit: 'volwassen anderstalige die deelneemt aan een oefenkans',
      eurPerKpi: 60,
      maxPerApplicant: 2250,
    });
    expect((await lookup.subsidisedIndicators(version, 2)).get('A05')?.eurPerKpi).toBe(65);
    expect((await lookup.subsidisedIndicators(version, 2)).get('A02')?.maxPerApplicant).toBe(2);
    expect((await lookup.subsidisedIndicators(version, 1)).has('A23')).toBe(false);
    expect((await lookup.subsidisedIndicators(version, 2)).has('A23')).toBe(true);
    await expect(lookup.subsidisedIndicators('sha256-000000000000', 2)).rejects.toThrow(NotFound);

    expect(await applications.outbox<CatalogueVersionPublishedV1>()).toEqual([
      expect.objectContaining({
        type: catalogueVersionPublishedV1.type,
        version: 1,
        key: version,
        payload: {
          catalogueVersion: version,
          fromProjectYear: 2,
          previousVersion: baseVersion,
          note: 'Oefenkans Nederlands: EUR 65 per KPI vanaf projectjaar 2',
          changes: published.changes,
        },
      }),
    ]);
    const [audit] = await applications.query<{ action: string; object_id: string; actor_subject: string; after: { sequence: number } }>(
      'SELECT action, object_id, actor_subject, after FROM audit_log',
    );
    expect(audit).toMatchObject({
      action: 'publish-catalogue-version',
      object_id: version,
      actor_subject: 'abb-catalogue',
      after: { sequence: 1 },
    });

    // A year read under the version something was priced under, whatever is in force now.
    const getCatalogue = applications.get(GetCatalogueHandler);
    expect(rateOf(await getCatalogue.execute({ projectYear: 3, catalogueVersion: baseVersion }), 'A05')?.eurPerKpi).toBe(60);
    expect(await getCatalogue.execute({ projectYear: 1, catalogueVersion: version })).toMatchObject({ catalogueVersion: version });
    await expect(getCatalogue.execute({ projectYear: 1, catalogueVersion: 'sha256-000000000000' })).rejects.toThrow(NotFound);

    const later = await publish({ fromProjectYear: 3, note: 'A05 EUR 70 in jaar 3', changes: [{ indicatorCode: 'A05', eurPerKpi: 70 }] });
    expect(later.previousVersion).toBe(version);
    expect((await catalogue(2)).catalogueVersion).toBe(version);
    expect((await catalogue(3)).catalogueVersion).toBe(later.catalogueVersion);
    expect(
      (await applications.get(ListCatalogueVersionsHandler).execute()).map((entry) => [entry.catalogueVersion, entry.fromProjectYear]),
    ).toEqual([
      [baseVersion, 1],
      [version, 2],
      [later.catalogueVersion, 3],
    ]);
  });

  it('refuses a version for a year that already has a call, or that would undo a later version, writing nothing', async () => {
    await openCall(2);
    const before = await written();
    await expect(publish({ fromProjectYear: 2, note: 'te laat', changes: [{ indicatorCode: 'A05', eurPerKpi: 65 }] })).rejects.toThrow(
      new Conflict(
        'fromProjectYear: project year 2 already has a call, opened under the version in force then; ' +
          'publish a version for a later project year',
      ),
    );
    await expect(publish({ fromProjectYear: 1, note: 'te laat', changes: [{ indicatorCode: 'A05', eurPerKpi: 65 }] })).rejects.toThrow(
      Conflict,
    );
    expect(await written()).toEqual(before);

    const yearThree = await publish({ fromProjectYear: 3, note: 'jaar 3', changes: [{ indicatorCode: 'A05', eurPerKpi: 65 }] });
    await applications.query('TRUNCATE call CASCADE');
    await expect(publish({ fromProjectYear: 2, note: 'jaar 2', changes: [{ indicatorCode: 'A02', eurPerKpi: 1 }] })).rejects.toThrow(
      `fromProjectYear: version ${yearThree.catalogueVersion} already applies from project year 3`,
    );
    expect(await applications.count('catalogue_version')).toBe(1);
  });

  it('refuses bad changes, naming each, writing nothing', async () => {
    const before = await written();
    await expect(
      publish({
        fromProjectYear: 2,
        note: 'fout',
        changes: [{ indicatorCode: 'A99', eurPerKpi: 1 }, { indicatorCode: 'A05', eurPerKpi: -5 }, { indicatorCode: 'A07' }],
      }),
    ).rejects.toThrow(
      new RuleViolation(
        'changes[0].indicatorCode: A99 is not an indicator of the catalogue; ' +
          'changes[1].eurPerKpi: must be a whole number of 0 or more, got -5; ' +
          'changes[2]: give eurPerKpi, maxPerApplicant or both',
      ),
    );
    expect(await written()).toEqual(before);
  });

  it('publishes one version at a time, each derived from the one before, and holds a call opening in between', async () => {
    const unitOfWork = applications.get(UnitOfWork);
    // A call opening reads the version in force inside its unit of work and holds that read until it commits.
    let releaseOpening: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (releaseOpening = resolve));
    let readVersion: () => void = () => undefined;
    const read = new Promise<void>((resolve) => (readVersion = resolve));
    const opening = unitOfWork.run(async () => {
      const version = await lookup.currentVersion(2);
      readVersion();
      await held;
      await openCall(2);
      return version;
    });
    await read;
    const publishing = publish({ fromProjectYear: 2, note: 'samen', changes: [{ indicatorCode: 'A05', eurPerKpi: 65 }] });
    const concurrent = publish({ fromProjectYear: 2, note: 'samen', changes: [{ indicatorCode: 'A02', eurPerKpi: 1 }] });
    // Both wait for the opening's read to end: one on the shared lock, the other behind it.
    await eventually(async () =>
      expect(
        await applications.query<{ waiting: number }>(
          "SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted " +
            'AND database = (SELECT oid FROM pg_database WHERE datname = current_database())',
        ),
      ).toEqual([{ waiting: 2 }]),
    );
    releaseOpening();
    expect(await opening).toBe(baseVersion);
    // Both publications waited for the call and then saw it: 409.
    const outcomes = await Promise.allSettled([publishing, concurrent]);
    expect(outcomes.map((outcome) => outcome.status === 'rejected' && outcome.reason instanceof Conflict)).toEqual([true, true]);
    expect(await applications.count('catalogue_version')).toBe(0);

    await applications.query('TRUNCATE call CASCADE');
    const both = await Promise.all([
      publish({ fromProjectYear: 2, note: 'een', changes: [{ indicatorCode: 'A05', eurPerKpi: 65 }] }),
      publish({ fromProjectYear: 2, note: 'twee', changes: [{ indicatorCode: 'A02', eurPerKpi: 1 }] }),
    ]);
    const [first, second] = [...both].sort((a, b) => (a.previousVersion === baseVersion ? -1 : b.previousVersion === baseVersion ? 1 : 0));
    expect(first?.previousVersion).toBe(baseVersion);
    expect(second?.previousVersion).toBe(first?.catalogueVersion);
    const inForce = await lookup.subsidisedIndicators(await lookup.currentVersion(2), 2);
    expect([inForce.get('A05')?.eurPerKpi, inForce.get('A02')?.eurPerKpi]).toEqual([65, 1]);
  });
});
