import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { allTopics, deadLetterTopic, TOPIC_PARTITIONS } from '#contracts';

/**
 * A unique topic prefix with every event topic and the dead-letter topics of these consumer groups
 * created under it, so test files never see each other's events.
 */
export const createTestTopics = async (brokers: string[], label: string, consumerGroups: readonly string[]): Promise<string> => {
  const prefix = `test-${label}-${randomBytes(3).toString('hex')}.`;
  const admin = new Kafka({ clientId: `test-topics-${label}`, brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: allTopics(consumerGroups).map((topic) => ({
        topic: `${prefix}${topic}`,
        numPartitions: TOPIC_PARTITIONS,
        replicationFactor: 1,
      })),
    });
  } finally {
    await admin.disconnect();
  }
  return prefix;
};

export const testBrokers = (): string[] => (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');

/** How many letters a consumer group has dead-lettered under a topic prefix (the dead-letter topic's end offsets). */
export const countDeadLetters = async (brokers: string[], prefix: string, group: string): Promise<number> => {
  const admin = new Kafka({ clientId: `dead-letters-${group}`, brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(`${prefix}${deadLetterTopic(group)}`);
    return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
  } finally {
    await admin.disconnect();
  }
};
