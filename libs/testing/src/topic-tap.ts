import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '#contracts';

/** A record as it was really published: raw key, value and headers (values need not be JSON). */
export interface TappedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

const headerStrings = (headers: IHeaders | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, String(Array.isArray(value) ? value[0] : value)]));

const envelopeOf = (value: string | null): EventEnvelope<unknown> | undefined => {
  try {
    return value === null ? undefined : (JSON.parse(value) as EventEnvelope<unknown>);
  } catch {
    return undefined;
  }
};

/** Reads topics from the beginning in a throw-away group, collecting everything, so tests can look at what was really published. */
export class TopicTap {
  readonly messages: TappedMessage[] = [];
  /** The records whose value is JSON, parsed, in arrival order. */
  readonly envelopes: EventEnvelope<unknown>[] = [];

  private constructor(private readonly stopConsumer: () => Promise<void>) {}

  static async start(brokers: string[], topics: string[], label = 'topic'): Promise<TopicTap> {
    const consumer = new Kafka({ clientId: `${label}-tap`, brokers, logLevel: logLevel.NOTHING }).consumer({
      groupId: `${label}-tap-${randomUUID()}`,
      maxWaitTimeInMs: 200,
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
    });
    const tap = new TopicTap(() => consumer.disconnect());
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const value = message.value?.toString() ?? null;
        tap.messages.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value,
          headers: headerStrings(message.headers),
        });
        const envelope = envelopeOf(value);
        if (envelope) tap.envelopes.push(envelope);
      },
    });
    await joined;
    return tap;
  }

  on(topic: string): TappedMessage[] {
    return this.messages.filter((message) => message.topic === topic);
  }

  stop(): Promise<void> {
    return this.stopConsumer();
  }
}

/** The events announced on one (prefixed) topic, as a live list for assertions. */
export const tapTopic = async <P>(
  brokers: string[],
  topic: string,
  label: string,
): Promise<{ events: EventEnvelope<P>[]; stop(): Promise<void> }> => {
  const tap = await TopicTap.start(brokers, [topic], label);
  return { events: tap.envelopes as EventEnvelope<P>[], stop: () => tap.stop() };
};
