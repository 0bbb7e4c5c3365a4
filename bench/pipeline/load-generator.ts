/**
 * The open-loop load generator of the pipeline benchmark, a process of its own: sends the planned requests at a fixed
 * rate, each at its moment whether or not earlier ones were answered (a closed loop would slow down with the system
 * and hide its queueing), over keep-alive connections, and writes what happened to each request to a JSON file.
 *
 *   node dist/bench/pipeline/load-generator.js <plan.json> <results.json>
 *
 * The plan: { rate, maxInFlight, requests: [{ id, url, token, body }] }. The results: { sendingMs, stoppedEarly,
 * results: [{ id, sentAt, status, answeredAt, version }] }, times in epoch milliseconds (the sink's file times are wall
 * clock too). It stops sending early, and says why, when more than maxInFlight requests wait for an answer (the
 * services cannot keep up: going on would only queue requests until they time out) or on SIGTERM.
 */
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';

export interface LoadPlan {
  rate: number;
  maxInFlight: number;
  requests: { id: string; url: string; token: string; body: unknown }[];
}

export interface LoadResult {
  id: string;
  sentAt: number;
  /** 0 when no answer came (a connection error or the timeout). */
  status: number;
  answeredAt: number;
  /** The report's version, from a 201's body. */
  version: number | null;
  error?: string;
}

const REQUEST_TIMEOUT_MS = 60_000;

const [planFile, resultsFile] = process.argv.slice(2);
if (!planFile || !resultsFile) throw new Error('usage: load-generator <plan.json> <results.json>');
const plan = JSON.parse(await readFile(planFile, 'utf8')) as LoadPlan;
// Enough sockets that a slow server queues requests on its side, where the latency belongs, not in this process.
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

const send = (request: LoadPlan['requests'][number]): Promise<LoadResult> =>
  new Promise((resolve) => {
    const body = JSON.stringify(request.body);
    const sentAt = performance.timeOrigin + performance.now();
    const finish = (status: number, version: number | null, error?: string): void =>
      resolve({
        id: request.id,
        sentAt,
        status,
        answeredAt: performance.timeOrigin + performance.now(),
        version,
        ...(error ? { error } : {}),
      });
    const outgoing = http.request(
      request.url,
      {
        method: 'POST',
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          authorization: `Bearer ${request.token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          let version: number | null = null;
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { version?: unknown };
            version = typeof parsed.version === 'number' ? parsed.version : null;
          } catch {
            // Not JSON: the status says enough.
          }
          finish(
            response.statusCode ?? 0,
            version,
            response.statusCode === 201 ? undefined : Buffer.concat(chunks).toString('utf8').slice(0, 300),
          );
        });
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.on('error', (error) => finish(0, null, error.message));
    outgoing.end(body);
  });

const started = performance.now();
const pending: Promise<LoadResult>[] = [];
let next = 0;
let inFlight = 0;
let stoppedEarly: string | null = null;
process.once('SIGTERM', () => (stoppedEarly ??= 'stopped by the benchmark'));
// Each request has its moment (start + i / rate); every tick sends all that are due, so a late timer never lowers the rate.
await new Promise<void>((resolve) => {
  const tick = (): void => {
    const due = Math.min(plan.requests.length, Math.floor(((performance.now() - started) / 1000) * plan.rate) + 1);
    while (next < due && stoppedEarly === null) {
      if (inFlight >= plan.maxInFlight) {
        stoppedEarly = `more than ${plan.maxInFlight} requests unanswered after ${next} sent`;
        break;
      }
      inFlight += 1;
      pending.push(send(plan.requests[next++]!).finally(() => (inFlight -= 1)));
    }
    if (next >= plan.requests.length || stoppedEarly !== null) return resolve();
    setTimeout(tick, Math.max(1, Math.min(10, 1000 / plan.rate)));
  };
  tick();
});
const sendingMs = performance.now() - started;
const results = await Promise.all(pending);
await writeFile(resultsFile, JSON.stringify({ sendingMs, stoppedEarly, results }));
agent.destroy();
