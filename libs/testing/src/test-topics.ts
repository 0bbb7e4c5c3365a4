import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { allTopics, TOPIC_PARTITIONS } from '#contracts';

/** A unique topic prefix with every platform topic created under it, so test files never see each other's events. */
export const createTestTopics = async (brokers: string[], label: string): Promise<string> => {
  const prefix = `test-${label}-${randomBytes(3).toString('hex')}.`;
  const admin = new Kafka({ clientId: `test-topics-${label}`, brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: allTopics().map((topic) => ({ topic: `${prefix}${topic}`, numPartitions: TOPIC_PARTITIONS, replicationFactor: 1 })),
    });
  } finally {
    await admin.disconnect();
  }
  return prefix;
};

export const testBrokers = (): string[] => (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
