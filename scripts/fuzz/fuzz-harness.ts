import { createHash } from 'node:crypto';
import { eventually, queryDatabase, type TestIssuer } from '#testing';
import { sampleRequests, type FuzzRequest, type FuzzRole, type OpenApiDocument, type ServiceDocument } from './fuzz-request-generator.js';

export interface FuzzTarget {
  urls: Record<string, string>;
  databaseUrls: Record<string, string>;
  issuer: TestIssuer;
}

export interface FuzzOptions {
  seed: number;
  requests: number;
  concurrency?: number;
}

export interface FuzzFinding {
  request: FuzzRequest;
  status: number;
  why: string;
  body: string;
}

export interface FuzzSummary {
  seed: number;
  sent: number;
  byStatus: Record<number, number>;
  serverErrors: FuzzFinding[];
  unnamedProblems: FuzzFinding[];
  acceptedWrites: FuzzFinding[];
  /** Tables whose rows differ after the run: `<service>.<table>`. */
  changedTables: string[];
  tablesCompared: number;
  seconds: number;
}

/** The same organisation codes the services' examples use, so a government token may be of the org a request names. */
const tokenRequests: Record<Exclude<FuzzRole, 'none' | 'forged' | 'malformed'>, Parameters<TestIssuer['token']>[0]> = {
  abb: { role: 'abb' },
  expired: { role: 'abb', expiresIn: '-5m' },
  government: { role: 'government', org: '44021' },
  'other-government': { role: 'government', org: '11002' },
  mentor: { role: 'mentor', network: 'network-A05' },
};

const tokensFor = async (issuer: TestIssuer): Promise<Record<FuzzRole, string | undefined>> => {
  const entries = await Promise.all(
    Object.entries(tokenRequests).map(async ([role, request]) => [role, await issuer.token(request)] as const),
  );
  const abb = Object.fromEntries(entries).abb as string;
  // Signed by no issuer the services trust: the abb token with its signature replaced.
  const forged = `${abb.slice(0, abb.lastIndexOf('.'))}.${Buffer.from('not the signature').toString('base64url')}`;
  return { ...(Object.fromEntries(entries) as Record<FuzzRole, string>), none: undefined, malformed: undefined, forged };
};

/** A digest of every row of every table of every service database (outbox and audit log included). */
export const databaseDigests = async (databaseUrls: Record<string, string>): Promise<Map<string, string>> => {
  const digests = new Map<string, string>();
  for (const [service, url] of Object.entries(databaseUrls)) {
    const tables = await queryDatabase<{ name: string }>(
      url,
      "SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables " +
        "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1",
    );
    for (const { name } of tables) {
      const rows = await queryDatabase<{ row: string }>(url, `SELECT t::text AS row FROM ${name} t ORDER BY 1`);
      digests.set(
        `${service}.${name}`,
        `${rows.length}:${createHash('sha256')
          .update(rows.map((row) => row.row).join('\n'))
          .digest('hex')}`,
      );
    }
  }
  return digests;
};

const countOf = async (url: string, table: string): Promise<number> =>
  Number((await queryDatabase<{ count: string }>(url, `SELECT count(*) AS count FROM ${table}`))[0]!.count);

const sameDigests = (a: Map<string, string>, b: Map<string, string>): boolean =>
  a.size === b.size && [...a].every(([table, digest]) => b.get(table) === digest);

/**
 * The digests once the platform is at rest. At start applications announces its whole register (one
 * government-registered event per government) and notifications takes a while to ingest it: rows written then are
 * not the fuzzer's doing, but would count as a change. At rest: notifications knows every government of the register,
 * and no table changes between two digests `quietMs` apart.
 */
export const digestsAtRest = async (
  databaseUrls: Record<string, string>,
  { timeoutMs = 120_000, quietMs = 1_000 } = {},
): Promise<Map<string, string>> => {
  const { applications, notifications } = databaseUrls;
  if (applications !== undefined && notifications !== undefined)
    await eventually(
      async () => {
        const [registered, known] = [await countOf(applications, 'local_government'), await countOf(notifications, 'government_contact')];
        if (registered === 0 || known !== registered)
          throw new Error(`notifications knows ${known} of the ${registered} governments of the register`);
      },
      { timeoutMs, intervalMs: 250 },
    );
  return eventually(
    async () => {
      const first = await databaseDigests(databaseUrls);
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      const second = await databaseDigests(databaseUrls);
      if (!sameDigests(first, second)) throw new Error(`the databases still change after ${quietMs} ms`);
      return second;
    },
    { timeoutMs, intervalMs: 0 },
  );
};

/** Refused before any use case runs: validation, authentication, authorisation, size, media type or encoding. */
const REFUSED_BEFORE_RULES = new Set([400, 401, 403, 413, 415]);

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

const send = async (baseUrl: string, request: FuzzRequest, token: string | undefined): Promise<Answer> => {
  const response = await fetch(`${baseUrl}${request.url}`, {
    method: request.method,
    headers: {
      ...request.headers,
      ...(request.authorization !== undefined ? { authorization: request.authorization } : {}),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: request.body,
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
};

interface Problem {
  type?: unknown;
  title?: unknown;
  status?: unknown;
  detail?: unknown;
  problems?: { field?: unknown; problem?: unknown }[];
}

/** Why a refusal does not name its problem, or undefined when it does. */
export const unnamedBecause = (answer: Answer, expectedField: string | undefined): string | undefined => {
  if (!answer.contentType.startsWith('application/problem+json')) return `content type ${answer.contentType || 'none'}`;
  let problem: Problem;
  try {
    problem = JSON.parse(answer.text) as Problem;
  } catch {
    return 'the body is not JSON';
  }
  if (typeof problem.type !== 'string' || typeof problem.title !== 'string') return 'no type or title';
  if (problem.status !== answer.status) return `status ${String(problem.status)} in the document`;
  if (typeof problem.detail !== 'string' || problem.detail.trim() === '') return 'no detail';
  if (answer.status !== 400) return undefined;
  const problems = problem.problems ?? [];
  if (problems.some((entry) => typeof entry.field !== 'string' || typeof entry.problem !== 'string' || entry.problem === ''))
    return 'a problem without field or text';
  if (expectedField !== undefined && !problems.some((entry) => entry.field === expectedField))
    return `problems do not name ${expectedField}`;
  return undefined;
};

/** Fetches /docs-json of every service. */
export const serviceDocuments = async (urls: Record<string, string>): Promise<ServiceDocument[]> =>
  Promise.all(
    Object.entries(urls).map(async ([service, url]) => ({
      service,
      document: (await (await fetch(`${url}/docs-json`)).json()) as OpenApiDocument,
    })),
  );

/** Sends `requests` generated requests (each invalid or unauthorised when it writes) and checks every answer and the databases. */
export const runFuzz = async (target: FuzzTarget, options: FuzzOptions): Promise<FuzzSummary> => {
  const started = performance.now();
  const documents = await serviceDocuments(target.urls);
  const requests = sampleRequests(documents, options.seed, options.requests);
  const tokens = await tokensFor(target.issuer);
  const before = await digestsAtRest(target.databaseUrls);
  const summary: FuzzSummary = {
    seed: options.seed,
    sent: 0,
    byStatus: {},
    serverErrors: [],
    unnamedProblems: [],
    acceptedWrites: [],
    changedTables: [],
    tablesCompared: before.size,
    seconds: 0,
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests.length) {
      const request = requests[next++]!;
      const answer = await send(target.urls[request.service]!, request, tokens[request.role]);
      summary.sent += 1;
      summary.byStatus[answer.status] = (summary.byStatus[answer.status] ?? 0) + 1;
      const finding = (why: string): FuzzFinding => ({ request, status: answer.status, why, body: answer.text.slice(0, 500) });
      if (answer.status >= 500) summary.serverErrors.push(finding('server error'));
      else if (answer.status < 400 && request.writes)
        summary.acceptedWrites.push(finding('a generated invalid or unauthorised write was accepted'));
      else if (answer.status >= 400) {
        const why = unnamedBecause(answer, request.expectedField);
        if (why !== undefined) summary.unnamedProblems.push(finding(why));
        // A broken body that reached the rules (a 409, say) would have been written had the rules allowed it.
        if (request.variant.startsWith('body:') && request.variant !== 'body:valid' && !REFUSED_BEFORE_RULES.has(answer.status))
          summary.acceptedWrites.push(finding('a broken body passed validation'));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  const after = await databaseDigests(target.databaseUrls);
  summary.changedTables = [...new Set([...before.keys(), ...after.keys()])]
    .filter((table) => before.get(table) !== after.get(table))
    .sort();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
};

const describeFinding = (finding: FuzzFinding): string =>
  `  ${finding.status} ${finding.request.service} ${finding.request.method} ${finding.request.url.slice(0, 120)} ` +
  `[${finding.request.role}, ${finding.request.variant}]: ${finding.why}\n    ${finding.body.slice(0, 300)}`;

/** The figures and every finding (the first few of each kind), for a person to read. */
export const formatSummary = (summary: FuzzSummary, shown = 10): string => {
  const statuses = Object.entries(summary.byStatus)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  const section = (title: string, findings: FuzzFinding[]): string[] =>
    findings.length === 0 ? [] : [`${title}:`, ...findings.slice(0, shown).map(describeFinding)];
  const changed = summary.changedTables.length === 0 ? 'no' : summary.changedTables.join(', ');
  return [
    `fuzz seed ${summary.seed}: ${summary.sent} requests in ${summary.seconds.toFixed(1)} s (${statuses})`,
    `  5xx: ${summary.serverErrors.length}`,
    `  4xx not naming the problem: ${summary.unnamedProblems.length}`,
    `  writes accepted or past validation: ${summary.acceptedWrites.length}`,
    `  state changed: ${changed} (${summary.tablesCompared} tables compared)`,
    ...section('5xx', summary.serverErrors),
    ...section('unnamed problems', summary.unnamedProblems),
    ...section('writes accepted or past validation', summary.acceptedWrites),
  ].join('\n');
};

/** Whether the run found nothing wrong. */
export const isClean = (summary: FuzzSummary): boolean =>
  summary.serverErrors.length === 0 &&
  summary.unnamedProblems.length === 0 &&
  summary.acceptedWrites.length === 0 &&
  summary.changedTables.length === 0;
