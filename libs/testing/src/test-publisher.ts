import { Kafka, logLevel, type Producer } from 'kafkajs';
import { findEventDefinition, type EventEnvelope } from '#contracts';
import { toKafkaMessage } from '#messaging';

export interface TestPublisher {
  /**
   * Publishes each envelope, in order, to its event's topic under the prefix,
   * keyed and with headers exactly as the outbox relay sends them.
   */
  publish(...envelopes: EventEnvelope<object>[]): Promise<void>;
  stop(): Promise<void>;
}

/** A producer standing in for other services' outbox relays. */
export const createTestPublisher = async (brokers: string[], prefix: string, label: string): Promise<TestPublisher> => {
  const producer: Producer = new Kafka({ clientId: `${label}-test-publisher`, brokers, logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  return {
    publish: async (...envelopes) => {
      for (const envelope of envelopes) {
        const definition = findEventDefinition(envelope.type, envelope.version);
        if (!definition) throw new Error(`no topic for unknown event ${envelope.type}.v${envelope.version}`);
        await producer.send({ topic: `${prefix}${definition.topic}`, acks: -1, messages: [toKafkaMessage(envelope)] });
      }
    },
    stop: () => producer.disconnect(),
  };
};
