import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, Controller, Get, Module, Param, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { createLogger, currentCorrelationId, ObservabilityModule, ReadinessRegistry } from '#observability';
import { eventually } from '#testing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

@Controller('probe')
class ProbeController {
  /** Awaits first, so the id must survive an async hop to be visible. */
  @Get(':id')
  async probe(@Param('id') id: string): Promise<{ id: string; correlationId: string }> {
    await new Promise((resolve) => setImmediate(resolve));
    return { id, correlationId: currentCorrelationId() };
  }

  @Post()
  echo(@Body() body: unknown): unknown {
    return body;
  }
}

/** Label sets of every sample of one metric series in a Prometheus text exposition, e.g. `<name>_count`. */
const labelSets = (text: string, series: string): Record<string, string>[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith(`${series}{`))
    .map((line) => Object.fromEntries([...line.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name, value])));

// The 'finish' event may trail the response the client reads by a tick: poll, with a ceiling below jest's timeout.
const SHORTLY = { timeoutMs: 3_000 };

const logLines: Record<string, unknown>[] = [];
const memory: DestinationStream = { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) };
// Request lines are logged at info; the test run may have turned LOG_LEVEL down for everything else.
const probeLogger = createLogger('probe-service', memory);
probeLogger.level = 'info';

@Module({
  imports: [ObservabilityModule.forService('probe-service', { logger: probeLogger })],
  controllers: [ProbeController],
})
class ProbeModule {}

describe('ObservabilityModule over real HTTP', () => {
  let app: INestApplication;
  let base: string;
  let dependencyUp = true;

  beforeAll(async () => {
    app = await NestFactory.create(ProbeModule, { logger: false });
    app.get(ReadinessRegistry).register('dependency', async () => {
      if (!dependencyUp) throw new Error('dependency unreachable');
    });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers liveness', async () => {
    const response = await fetch(`${base}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports not ready with the failing check, and ready once it passes', async () => {
    dependencyUp = false;
    const down = await fetch(`${base}/health/ready`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'not-ready', checks: { dependency: { ok: false, error: 'dependency unreachable' } } });

    dependencyUp = true;
    const up = await fetch(`${base}/health/ready`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ready', checks: { dependency: { ok: true } } });
  });

  it('echoes a valid x-correlation-id and exposes it inside the handler', async () => {
    const response = await fetch(`${base}/probe/42`, { headers: { 'x-correlation-id': 'trace-abc.1:2' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-correlation-id')).toBe('trace-abc.1:2');
    expect(await response.json()).toEqual({ id: '42', correlationId: 'trace-abc.1:2' });
  });

  it('makes a fresh correlation id when the header is missing or invalid', async () => {
    const missing = await fetch(`${base}/probe/1`);
    const missingId = missing.headers.get('x-correlation-id');
    expect(missingId).toMatch(UUID);
    expect(((await missing.json()) as { correlationId: string }).correlationId).toBe(missingId);

    const invalid = await fetch(`${base}/probe/2`, { headers: { 'x-correlation-id': 'no spaces; please' } });
    const invalidId = invalid.headers.get('x-correlation-id');
    expect(invalidId).toMatch(UUID);
    expect(invalidId).not.toBe(missingId);
    expect(((await invalid.json()) as { correlationId: string }).correlationId).toBe(invalidId);
  });

  it('keeps concurrent requests in their own context', async () => {
    const ids = Array.from({ length: 20 }, (_, index) => `parallel-${index}`);
    const bodies = await Promise.all(
      ids.map(
        async (id) =>
          (await fetch(`${base}/probe/${id}`, { headers: { 'x-correlation-id': id } })).json() as Promise<{
            id: string;
            correlationId: string;
          }>,
      ),
    );
    for (const body of bodies) expect(body.correlationId).toBe(body.id);
  });

  it('records latency by route pattern with the service label, and logs one line per request', async () => {
    await fetch(`${base}/probe/metrics-check`, { headers: { 'x-correlation-id': 'metrics-check' } });
    await eventually(async () => {
      const response = await fetch(`${base}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toContain('# TYPE http_request_duration_seconds histogram');
      expect(labelSets(text, 'http_request_duration_seconds_count')).toContainEqual({
        service: 'probe-service',
        method: 'GET',
        route: '/probe/:id',
        status: '200',
      });
      // The raw URL never becomes a label value.
      expect(text).not.toContain('route="/probe/metrics-check"');
    }, SHORTLY);
    const line = logLines.find((entry) => entry.correlationId === 'metrics-check');
    expect(line).toMatchObject({ service: 'probe-service', level: 'info', method: 'GET', route: '/probe/:id', status: 200 });
    expect(typeof line?.durationMs).toBe('number');
  });

  it('labels requests that match no route as unmatched', async () => {
    expect((await fetch(`${base}/no/such/path/123`)).status).toBe(404);
    await eventually(async () => {
      const text = await (await fetch(`${base}/metrics`)).text();
      expect(labelSets(text, 'http_request_duration_seconds_count')).toContainEqual({
        service: 'probe-service',
        method: 'GET',
        route: 'unmatched',
        status: '404',
      });
      expect(text).not.toContain('/no/such/path');
    }, SHORTLY);
  });

  it('answers a malformed JSON body with 400', async () => {
    const response = await fetch(`${base}/probe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"broken": ' });
    expect(response.status).toBe(400);
    const ok = await fetch(`${base}/probe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"fine":true}' });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ fine: true });
  });
});
