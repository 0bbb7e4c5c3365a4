import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';

export interface KafkaCeiling {
  messages: number;
  sizeBytes: number;
  /** From the first send to the last message consumed. */
  ms: number;
  produceMs: number;
}

/**
 * The broker's ceiling for the pipeline's messages: `messages` records of `sizeBytes` on a fresh topic with the
 * platform's partition count, produced as the outbox relay produces them (idempotent, one request in flight, acks
 * from all replicas, batches of `batchSize`) and consumed by one consumer group, timed from the first send to the last
 * record consumed. No database and no handler in between: what kafkajs and this broker do at best.
 */
export const measureKafkaCeiling = async (
  brokers: string,
  { messages, sizeBytes, partitions, batchSize = 100 }: { messages: number; sizeBytes: number; partitions: number; batchSize?: number },
): Promise<KafkaCeiling> => {
  const kafka = new Kafka({ clientId: 'bench-ceiling', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const topic = `bench-ceiling-${Date.now()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }] });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({ groupId: `${topic}-group`, maxWaitTimeInMs: 500 });
  const value = randomBytes(Math.ceil(sizeBytes / 2))
    .toString('hex')
    .slice(0, sizeBytes);
  try {
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let consumed = 0;
    let allConsumed!: () => void;
    const done = new Promise<void>((resolve) => (allConsumed = resolve));
    let joined!: () => void;
    const groupJoined = new Promise<void>((resolve) => (joined = resolve));
    consumer.on(consumer.events.GROUP_JOIN, () => joined());
    await consumer.run({
      eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
        for (const message of batch.messages) resolveOffset(message.offset);
        consumed += batch.messages.length;
        await heartbeat();
        if (consumed >= messages) allConsumed();
      },
    });
    await groupJoined;
    const started = performance.now();
    for (let sent = 0; sent < messages; sent += batchSize) {
      const count = Math.min(batchSize, messages - sent);
      await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: count }, (_, index) => ({ key: String(70000 + ((sent + index) % 300)), value })),
      });
    }
    const produceMs = performance.now() - started;
    await done;
    return { messages, sizeBytes, ms: performance.now() - started, produceMs };
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
};
