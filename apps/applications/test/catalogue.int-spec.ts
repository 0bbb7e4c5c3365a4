import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { catalogueVersion as baseVersion } from '#catalogue';
import { catalogueVersionPublishedV1, TOPICS, type CatalogueVersionPublishedV1, type EventEnvelope } from '#contracts';
import { eventually, request, startServiceUnderTest, type ServiceUnderTest } from '#testing';
import type { CatalogueView } from '../src/application/get-catalogue/get-catalogue.handler.js';
import type { CatalogueVersionView } from '../src/application/list-catalogue-versions/list-catalogue-versions.handler.js';
import { applicationsManifest } from '../src/applications.manifest.js';

interface Problem {
  status: number;
  detail: string;
  problems?: { field: string; problem: string }[];
}

describe('the programme catalogue over HTTP, on the real broker and database', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<CatalogueVersionPublishedV1>[];
  let abb: string;
  let gent: string;
  let mentor: string;
  const publish = <T>(token: string, body: unknown) => request<T>('POST', `${service.url}/catalogue/versions`, token, body);

  beforeAll(async () => {
    service = await startServiceUnderTest({ manifest: applicationsManifest, label: 'applications_catalogue' });
    announced = await service.tap<CatalogueVersionPublishedV1>(TOPICS.applications);
    abb = await service.issuer.token({ role: 'abb', subject: 'abb-catalogue' });
    gent = await service.issuer.token({ role: 'government', org: '44021' });
    mentor = await service.issuer.token({ role: 'mentor', network: 'network-44021-A05-PJ1' });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  it('lets every role read the catalogue of a project year, and refuses a year outside the programme', async () => {
    for (const token of [abb, gent, mentor]) {
      const response = await service.get<CatalogueView>('/catalogue?projectYear=1', token);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ catalogueVersion: baseVersion, projectYear: 1 });
    }
    expect((await service.get('/catalogue?projectYear=1')).status).toBe(401);
    const outside = await service.get<Problem>('/catalogue?projectYear=4', abb);
    expect(outside.status).toBe(400);
    expect(outside.body.problems?.map((problem) => problem.field)).toEqual(['projectYear']);
    expect((await service.get<CatalogueVersionView[]>('/catalogue/versions', mentor)).body).toEqual([
      expect.objectContaining({ catalogueVersion: baseVersion, fromProjectYear: 1, publishedAt: null }),
    ]);
  });

  it('lets only ABB publish, refuses bad or extra fields naming each, and announces what it published', async () => {
    const valid = {
      fromProjectYear: 2,
      note: 'Oefenkans Nederlands: EUR 65 per KPI vanaf projectjaar 2',
      changes: [{ indicatorCode: 'A05', eurPerKpi: 65 }],
    };
    expect((await publish(gent, valid)).status).toBe(403);
    expect((await publish(mentor, valid)).status).toBe(403);

    const bad = await publish<Problem>(abb, {
      fromProjectYear: 2,
      note: 'fout',
      catalogueVersion: 'sha256-chosenbyme00',
      changes: [
        { indicatorCode: 'A99', eurPerKpi: 1 },
        { indicatorCode: 'A05', eurPerKpi: 1.5, maxPerApplicant: -1 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems?.map((problem) => problem.field).sort()).toEqual([
      'catalogueVersion',
      'changes[0].indicatorCode',
      'changes[1].eurPerKpi',
      'changes[1].maxPerApplicant',
    ]);
    const unchanged = await publish<Problem>(abb, { ...valid, changes: [{ indicatorCode: 'A05', eurPerKpi: 60 }] });
    expect(unchanged.status).toBe(400);
    expect(unchanged.body.detail).toContain('changes[0]: A05 already has eurPerKpi 60');

    const published = await publish<CatalogueVersionView>(abb, valid);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({
      fromProjectYear: 2,
      previousVersion: baseVersion,
      changes: [{ indicatorCode: 'A05', eurPerKpi: 65, maxPerApplicant: 2250 }],
    });
    const version = published.body.catalogueVersion;
    expect((await service.get<CatalogueView>('/catalogue?projectYear=1', gent)).body.catalogueVersion).toBe(baseVersion);
    expect((await service.get<CatalogueView>('/catalogue?projectYear=3', gent)).body.catalogueVersion).toBe(version);
    const asPricedBefore = await service.get<CatalogueView>(`/catalogue?projectYear=3&catalogueVersion=${baseVersion}`, gent);
    expect(asPricedBefore.body.catalogueVersion).toBe(baseVersion);
    expect((await service.get('/catalogue?projectYear=3&catalogueVersion=sha256-000000000000', gent)).status).toBe(404);
    expect((await service.get('/catalogue?projectYear=3&catalogueVersion=latest', gent)).status).toBe(400);

    // The register announces its governments at start too: only the catalogue's event counts here.
    const announcedVersions = () => announced.filter((event) => event.type === catalogueVersionPublishedV1.type);
    await eventually(() => expect(announcedVersions()).toHaveLength(1));
    expect(announcedVersions()[0]).toMatchObject({
      key: version,
      producer: 'applications',
      payload: { catalogueVersion: version, fromProjectYear: 2, previousVersion: baseVersion, changes: published.body.changes },
    });
  });
});
