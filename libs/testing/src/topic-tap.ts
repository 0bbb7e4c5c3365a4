import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '#contracts';

export interface TopicTap<P> {
  /** Every envelope on the topic so far, from its beginning, in arrival order. */
  events: EventEnvelope<P>[];
  stop(): Promise<void>;
}

/** Collects what is announced on a (prefixed) topic, in a consumer group of its own, for assertions. */
export const tapTopic = async <P>(brokers: string[], topic: string, label: string): Promise<TopicTap<P>> => {
  const events: EventEnvelope<P>[] = [];
  const consumer = new Kafka({ clientId: `${label}-tap`, brokers, logLevel: logLevel.NOTHING }).consumer({ groupId: `${label}-tap-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void events.push(JSON.parse(message.value?.toString('utf8') ?? 'null') as EventEnvelope<P>) });
  return { events, stop: () => consumer.disconnect() };
};
