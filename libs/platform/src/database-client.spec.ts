import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type AddressInfo, type Server } from 'node:net';
import pg from 'pg';
import { databaseOptions } from './database-options.js';

const message = (type: string, body: Buffer): Buffer => {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
};
const authenticationOk = message('R', Buffer.from([0, 0, 0, 0]));
const readyForQuery = message('Z', Buffer.from('I'));
const terminated = message('E', Buffer.from('SFATAL\0VFATAL\0C57P01\0Mterminating connection due to administrator command\0\0'));

/**
 * A server that accepts the handshake and ends the session in the same breath, as PostgreSQL does when
 * pg_terminate_backend hits a connection just opened: the pool hands that client out, and the 'error'
 * arrives before its borrower had a chance to listen.
 */
const startTerminatingServer = async (): Promise<Server> => {
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(Buffer.concat([authenticationOk, readyForQuery, terminated])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
};

describe('the pooled database connections of a service', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('survive the server ending a session the moment it is handed out', async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown): void => {
      uncaught.push(error);
    };
    process.on('uncaughtException', record);
    cleanups.push(async () => {
      process.off('uncaughtException', record);
    });
    const server = await startTerminatingServer();
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;

    // The pool TypeORM builds from the service's options, borrowed the way its driver borrows.
    const options = databaseOptions({ service: 'reporting', databaseUrl: 'postgres://unused', entities: [], migrations: [] });
    const pool = new pg.Pool({ ...(options.extra as pg.PoolConfig), host: '127.0.0.1', port, user: 'postgres', database: 'reporting' });
    pool.on('error', () => undefined);
    cleanups.push(() => pool.end());
    const client = await pool.connect();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(uncaught).toEqual([]);
    // The broken connection says so on use, and the pool does not keep it.
    await expect(client.query('SELECT 1')).rejects.toThrow(/not queryable/);
    client.release(true);
    expect(pool.totalCount).toBe(0);
  });
});
