import 'reflect-metadata';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { ReadinessRegistry } from '#observability';
import { KafkaClient } from '../src/kafka-client.service.js';

describe('Kafka readiness check (a local socket that never answers)', () => {
  it('fails with a timeout when the broker accepts connections but never answers, also while connecting', async () => {
    // A black hole: connects succeed, nothing comes back, so the admin client's connect itself hangs and retries.
    const sockets = new Set<Socket>();
    const server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const broker = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const readiness = new ReadinessRegistry();
    const client = new KafkaClient({ service: 'test', brokers: [broker], topicPrefix: '' }, readiness);
    client.onModuleInit();
    try {
      expect(await readiness.run()).toEqual({ kafka: { ok: false, error: `no answer from ${broker} within 3000 ms` } });
    } finally {
      // Cut the black hole first so the admin client's pending connect fails now instead of timing out.
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
      await client.onApplicationShutdown();
    }
  });
});
