import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';
import pg from 'pg';

/**
 * What a service really asks PostgreSQL, for the database ceiling of the pipeline benchmark: a TCP proxy between the
 * service and the server that reads the frontend side of the wire protocol (simple queries, and Parse + Bind of the
 * extended protocol node-postgres uses for parameters) and records each statement with its parameters, per
 * connection. The server's shared pg_stat_statements would need a restart of a server others use, and gives no
 * parameters to replay with; this records exactly what was sent.
 */

export interface CapturedStatement {
  sql: string;
  /** Text-format parameters as sent (node-postgres sends text); null for SQL NULL. */
  params: (string | null)[] | null;
  /** Inside an explicit transaction when sent (the server's last ReadyForQuery status was 'T' or 'E'). */
  inTransaction?: boolean;
  /** The server's command tag (SELECT 0, UPDATE 3, COMMIT), '!' for an error; undefined when no answer was seen. */
  tag?: string;
  /** When the proxy saw it (performance.now()), to replay transactions in the order they began. */
  at?: number;
}

/**
 * A poll that found nothing: a SELECT, UPDATE or DELETE outside a transaction that touched no row (the outbox relay,
 * the mail dispatcher and the deadline poller asking again). Their number grows with the capture's length, not with
 * the reports, so the replay leaves them out.
 */
export const isIdlePoll = (statement: CapturedStatement): boolean =>
  statement.inTransaction === false && /^(SELECT|UPDATE|DELETE) 0$/.test(statement.tag ?? '');

export interface CapturedSession {
  /** The database named in the startup message. */
  database: string;
  statements: CapturedStatement[];
}

export interface CapturingProxy {
  port: number;
  /** Records from now on (connections already open included). */
  record(): void;
  /** Stops recording; returns every session that sent a statement while recording. */
  finish(): CapturedSession[];
  stop(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

const cString = (buffer: Buffer, at: number): [string, number] => {
  const end = buffer.indexOf(0, at);
  return [buffer.toString('utf8', at, end), end + 1];
};

/** Reads the frontend messages of one connection as they arrive, in chunks that split messages anywhere. */
export const frontendReader = (onStatement: (statement: CapturedStatement) => void, onDatabase: (database: string) => void) => {
  let pending: Buffer = Buffer.alloc(0);
  let started = false;
  /** Prepared statements by name (the unnamed one is ''). */
  const prepared = new Map<string, string>();
  const message = (type: number, body: Buffer): void => {
    if (type === 0x51 /* Q */) onStatement({ sql: cString(body, 0)[0], params: null });
    else if (type === 0x50 /* P */) {
      const [name, at] = cString(body, 0);
      prepared.set(name, cString(body, at)[0]);
    } else if (type === 0x42 /* B */) {
      const [, afterPortal] = cString(body, 0);
      const [statementName, afterName] = cString(body, afterPortal);
      let at = afterName;
      const formatCount = body.readInt16BE(at);
      const formats = Array.from({ length: formatCount }, (_, index) => body.readInt16BE(at + 2 + index * 2));
      at += 2 + formatCount * 2;
      const paramCount = body.readInt16BE(at);
      at += 2;
      const params: (string | null)[] = [];
      for (let index = 0; index < paramCount; index += 1) {
        const length = body.readInt32BE(at);
        at += 4;
        if (length < 0) params.push(null);
        else {
          const format = formats.length === 1 ? formats[0] : (formats[index] ?? 0);
          // Binary parameters (never sent by node-postgres for plain values) are kept as hex; replay would need their type.
          params.push(format === 1 ? `\\x${body.toString('hex', at, at + length)}` : body.toString('utf8', at, at + length));
          at += length;
        }
      }
      onStatement({ sql: prepared.get(statementName) ?? '', params });
    }
  };
  return (chunk: Buffer): void => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      if (!started) {
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        const code = pending.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) {
          started = true;
          // Startup parameters: name\0value\0 ... \0
          const parts = pending.toString('utf8', 8, length).split('\0');
          const index = parts.indexOf('database');
          if (index >= 0) onDatabase(parts[index + 1] ?? '');
        }
        pending = pending.subarray(length);
        continue;
      }
      if (pending.length < 5) return;
      const length = pending.readInt32BE(1);
      if (pending.length < 1 + length) return;
      message(pending[0]!, pending.subarray(5, 1 + length));
      pending = pending.subarray(1 + length);
    }
  };
};

/**
 * Reads the backend side of one connection: each statement's answer (CommandComplete, EmptyQueryResponse or
 * ErrorResponse, in the order the statements were sent) and the transaction status of every ReadyForQuery.
 */
export const backendReader = (onAnswer: (tag: string) => void, onReady: (status: string) => void) => {
  let pending: Buffer = Buffer.alloc(0);
  let started = false;
  return (chunk: Buffer): void => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      // The answer to an SSL request is one byte ('N': go on in the clear).
      if (!started && pending.length > 0 && pending[0] === 0x4e) {
        pending = pending.subarray(1);
        continue;
      }
      if (pending.length < 5) return;
      const length = pending.readInt32BE(1);
      if (pending.length < 1 + length) return;
      const type = pending[0]!;
      const body = pending.subarray(5, 1 + length);
      started = true;
      if (type === 0x43 /* C */) onAnswer(cString(body, 0)[0]);
      else if (type === 0x49 /* I */) onAnswer('EMPTY');
      else if (type === 0x45 /* E */) onAnswer('!');
      else if (type === 0x5a /* Z */) onReady(String.fromCharCode(body[0]!));
      pending = pending.subarray(1 + length);
    }
  };
};

export const startCapturingProxy = async (targetHost: string, targetPort: number): Promise<CapturingProxy> => {
  let recording = false;
  let sessions: CapturedSession[] = [];
  const open = new Set<{ session: CapturedSession; recorded: boolean }>();
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: targetHost, port: targetPort });
    sockets.add(client);
    sockets.add(upstream);
    const entry = { session: { database: '', statements: [] as CapturedStatement[] }, recorded: false };
    open.add(entry);
    let transactionStatus = 'I';
    /** Statements sent and not yet answered, oldest first (unrecorded ones too, to keep the pairing right). */
    const unanswered: CapturedStatement[] = [];
    const read = frontendReader(
      (statement) => {
        statement.inTransaction = transactionStatus !== 'I';
        statement.at = performance.now();
        unanswered.push(statement);
        if (!recording) return;
        if (!entry.recorded) {
          entry.recorded = true;
          sessions.push(entry.session);
        }
        entry.session.statements.push(statement);
      },
      (database) => (entry.session.database = database),
    );
    const answer = backendReader(
      (tag) => {
        const statement = unanswered.shift();
        if (statement) statement.tag = tag;
      },
      (status) => {
        transactionStatus = status;
        // After an error the server skips the rest until Sync; nothing left unanswered belongs to the next statement.
        unanswered.length = 0;
      },
    );
    upstream.on('data', (chunk: Buffer) => {
      try {
        answer(chunk);
      } catch {
        // As for the frontend side: watching must never break the connection.
      }
    });
    client.on('data', (chunk: Buffer) => {
      try {
        read(chunk);
      } catch {
        // A message this reader does not understand must not break the connection it only watches.
      }
    });
    const end = (): void => {
      open.delete(entry);
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    record: () => {
      recording = true;
      sessions = [];
      // A connection that sends again while recording starts a new recorded stretch.
      for (const entry of open) {
        entry.recorded = false;
        entry.session = { database: entry.session.database, statements: [] };
      }
    },
    finish: () => {
      recording = false;
      return sessions.filter((session) => session.statements.length > 0);
    },
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
};

/** The captured statements by text (its first 160 characters), most frequent first, with their answers: what the replay runs. */
export const summariseCapture = (sessions: CapturedSession[]): { sql: string; count: number; tags: Record<string, number> }[] => {
  const bySql = new Map<string, { sql: string; count: number; tags: Record<string, number> }>();
  for (const session of sessions)
    for (const statement of session.statements) {
      const sql = `${session.database}: ${statement.sql.replace(/\s+/g, ' ').slice(0, 160)}`;
      const entry = bySql.get(sql) ?? { sql, count: 0, tags: {} };
      entry.count += 1;
      const tag = `${statement.inTransaction ? 'tx ' : ''}${statement.tag ?? '?'}`;
      entry.tags[tag] = (entry.tags[tag] ?? 0) + 1;
      bySql.set(sql, entry);
    }
  return [...bySql.values()].sort((a, b) => b.count - a.count);
};

export interface ReplayOutcome {
  ms: number;
  statements: number;
  /** Captured polls that found nothing, left out. */
  idlePolls: number;
  errors: number;
  firstErrors: string[];
  sessions: number;
}

/** Statements whose effect outside the database, or on the session, makes no sense again. */
const SKIPPED = /^\s*(LISTEN|UNLISTEN|SET\s+application_name|DISCARD)/i;

/**
 * A session's statements cut into units: a transaction (from the statement sent outside one to its end) or a single
 * statement outside any; a stretch the capture began inside a transaction is a unit too.
 */
export const unitsOf = (statements: readonly CapturedStatement[]): CapturedStatement[][] => {
  const units: CapturedStatement[][] = [];
  for (const statement of statements) {
    if (statement.inTransaction !== true || units.length === 0) units.push([statement]);
    else units.at(-1)!.push(statement);
  }
  return units;
};

/**
 * Replays captured sessions against copies of the databases, each session on its own connection (the concurrency the
 * services had), every session's statements in their order, without the think time between them: what the database
 * does for the pipeline's statements at best. Units (transactions) begin in the order they began in the capture (a
 * unit waits until every unit that began before it has begun), so rows and locks meet each other as they did; they
 * still overlap as much as the connections allow. A statement that fails is counted; a failed transaction ends at its
 * COMMIT as PostgreSQL does (as a rollback).
 */
export const replaySessions = async (
  sessions: CapturedSession[],
  urlFor: (database: string) => string | undefined,
): Promise<ReplayOutcome> => {
  let idlePolls = 0;
  const runnable = sessions.flatMap((session) => {
    const url = urlFor(session.database);
    if (url === undefined) return [];
    const statements = session.statements.filter((statement) => !SKIPPED.test(statement.sql));
    const work = statements.filter((statement) => !isIdlePoll(statement));
    idlePolls += statements.length - work.length;
    return work.length === 0 ? [] : [{ url, units: unitsOf(work) }];
  });
  // The global order units began in: each waits for its turn to begin, then runs at its connection's pace.
  const order = runnable.flatMap(({ units }) => units.map((unit) => unit)).sort((a, b) => (a[0]!.at ?? 0) - (b[0]!.at ?? 0));
  const turnOf = new Map(order.map((unit, index) => [unit, index]));
  let begun = 0;
  const waiting = new Map<number, () => void>();
  const awaitTurn = (turn: number): Promise<void> =>
    turn <= begun ? Promise.resolve() : new Promise((resolve) => waiting.set(turn, resolve));
  const begin = (): void => {
    begun += 1;
    waiting.get(begun)?.();
    waiting.delete(begun);
  };
  const clients = await Promise.all(
    runnable.map(async ({ url }) => {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => undefined);
      await client.connect();
      // A lock whose holder's COMMIT fell outside the capture would otherwise hold the replay up for good.
      await client.query("SET lock_timeout = '5s'");
      return client;
    }),
  );
  let statements = 0;
  let errors = 0;
  const firstErrors: string[] = [];
  const started = performance.now();
  try {
    await Promise.all(
      runnable.map(async ({ units }, index) => {
        const client = clients[index]!;
        for (const unit of units) {
          await awaitTurn(turnOf.get(unit)!);
          begin();
          for (const statement of unit) {
            statements += 1;
            try {
              await (statement.params === null ? client.query(statement.sql) : client.query(statement.sql, statement.params));
            } catch (error) {
              errors += 1;
              if (firstErrors.length < 5) firstErrors.push(`${(error as Error).message} (${statement.sql.slice(0, 100)})`);
            }
          }
        }
        // A transaction the capture cut off ends here, so its locks do not hold up the other sessions.
        await client.query('ROLLBACK').catch(() => undefined);
      }),
    );
    return { ms: performance.now() - started, statements, idlePolls, errors, firstErrors, sessions: runnable.length };
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
};
