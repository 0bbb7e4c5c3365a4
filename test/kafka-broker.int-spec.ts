import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type Admin, type Consumer, type Producer } from 'kafkajs';
import { testBrokers } from '#testing';

/**
 * kafkajs 2.2.4 against the pinned Apache Kafka 3.9.1 broker that globalSetup started: keyed
 * produce, consumer groups, manual offset commits, and a second group member resuming where the
 * first one committed. If a broker upgrade breaks the client, this file says so first.
 */

interface Received {
  key: string;
  value: string;
  partition: number;
}

const KEYS = ['44021', '11002', '12025'];
const PER_KEY = 4;

const batch = (label: string): { key: string; value: string }[] =>
  KEYS.flatMap((key) => Array.from({ length: PER_KEY }, (_, index) => ({ key, value: `${label}:${key}:${index}` })));

/** Resolves once `count` messages have arrived; consumption is asynchronous. */
const collector = (count: number): { received: Received[]; done: Promise<void>; push(message: Received): void } => {
  const received: Received[] = [];
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((settle) => (resolve = settle));
  return {
    received,
    done,
    push(message) {
      received.push(message);
      if (received.length >= count) resolve();
    },
  };
};

const consumeAndCommit = async (consumer: Consumer, topic: string, expected: number): Promise<Received[]> => {
  const sink = collector(expected);
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ partition, message }) => {
      // Commit the next offset to read, as the platform's consumers do after their transaction;
      // counted only once committed, so the caller may disconnect as soon as all have arrived.
      await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
      sink.push({ key: message.key?.toString() ?? '', value: message.value?.toString() ?? '', partition });
    },
  });
  await sink.done;
  return sink.received;
};

const valuesPerKey = (messages: Received[]): Record<string, string[]> =>
  Object.fromEntries(KEYS.map((key) => [key, messages.filter((message) => message.key === key).map((message) => message.value)]));

describe('Kafka broker started by globalSetup (kafkajs compatibility)', () => {
  const brokers = testBrokers();
  const kafka = new Kafka({ clientId: 'broker-compat-test', brokers, logLevel: logLevel.NOTHING });
  const topic = `test-broker-compat-${randomBytes(4).toString('hex')}`;
  const groupId = `test-broker-compat-${randomBytes(4).toString('hex')}`;
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
  });

  it('is the broker this run was given (globalSetup passed KAFKA_BROKERS on to the tests)', async () => {
    expect(process.env.KAFKA_BROKERS).toBeDefined();
    expect(brokers).toEqual(process.env.KAFKA_BROKERS!.split(','));
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toHaveLength(1);
    expect(cluster.controller).toBe(cluster.brokers[0]!.nodeId);
  });

  it('creates a topic with explicit partitions and refuses to auto-create unknown ones', async () => {
    await expect(admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] })).resolves.toBe(
      true,
    );
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0]!.partitions).toHaveLength(3);

    const strict = new Kafka({ clientId: 'broker-compat-strict', brokers, logLevel: logLevel.NOTHING, retry: { retries: 1 } });
    const unknownProducer = strict.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: true });
    await unknownProducer.connect();
    try {
      const unknown = `test-broker-compat-missing-${randomBytes(4).toString('hex')}`;
      await expect(unknownProducer.send({ topic: unknown, messages: [{ key: 'k', value: 'v' }] })).rejects.toThrow();
      expect(await admin.listTopics()).not.toContain(unknown);
    } finally {
      await unknownProducer.disconnect();
    }
  });

  it('delivers keyed messages in order per key and resumes a group after its committed offsets', async () => {
    const first = batch('first');
    await producer.send({ topic, messages: first });

    const firstConsumer = kafka.consumer({ groupId });
    await firstConsumer.connect();
    let received: Received[];
    try {
      received = await consumeAndCommit(firstConsumer, topic, first.length);
    } finally {
      await firstConsumer.disconnect();
    }
    expect(received).toHaveLength(first.length);
    // One key, one partition, publication order.
    for (const key of KEYS)
      expect(new Set(received.filter((message) => message.key === key).map((message) => message.partition)).size).toBe(1);
    expect(valuesPerKey(received)).toEqual(valuesPerKey(first.map((message) => ({ ...message, partition: 0 }))));

    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    const committedTotal = committed[0]!.partitions.reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0);
    expect(committedTotal).toBe(first.length);

    const second = batch('second');
    await producer.send({ topic, messages: second });
    const secondConsumer = kafka.consumer({ groupId });
    await secondConsumer.connect();
    let resumed: Received[];
    try {
      resumed = await consumeAndCommit(secondConsumer, topic, second.length);
    } finally {
      await secondConsumer.disconnect();
    }
    // Partitions are read in offset order: a replay of the first batch would have arrived before
    // the second batch was complete, so this also proves nothing committed was read again.
    expect(resumed.map((message) => message.value).sort()).toEqual(second.map((message) => message.value).sort());
    expect(valuesPerKey(resumed)).toEqual(valuesPerKey(second.map((message) => ({ ...message, partition: 0 }))));
  });
});
