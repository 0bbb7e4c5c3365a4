import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  host: string;
  port: number;
  /** Simulates an outage: stops listening (new connections are refused) and cuts every open connection. */
  pause(): Promise<void>;
  /** Listens again on the same port. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A TCP proxy on a free local port that forwards to target, for tests that take a dependency
 * (PostgreSQL, a broker) away and give it back without touching the real server.
 */
export const startTcpProxy = async (targetHost: string, targetPort: number): Promise<TcpProxy> => {
  const host = '127.0.0.1';
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const newServer = (): Server =>
    createServer((client) => {
      const upstream = createConnection({ host: targetHost, port: targetPort });
      track(client);
      track(upstream);
      // Either side failing or closing ends the pair, as a dropped network path would.
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
    });
  const listen = (server: Server, port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const close = async (server: Server | undefined): Promise<void> => {
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };

  let server: Server | undefined = newServer();
  const port = await listen(server, 0);
  return {
    host,
    port,
    pause: async () => {
      const current = server;
      server = undefined;
      await close(current);
    },
    resume: async () => {
      if (server) return;
      const next = newServer();
      await listen(next, port);
      server = next;
    },
    stop: async () => {
      const current = server;
      server = undefined;
      await close(current);
    },
  };
};
