import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type IHeaders } from 'kafkajs';
import { deadLetterTopic } from '#contracts';
import { stripDeadLetterHeaders, summarizeDeadLetter, type DeadLetterSummary } from './dead-letter.js';

export interface DeadLetter extends DeadLetterSummary {
  /** Where the dead letter itself sits in the dead-letter topic. */
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

export interface DeadLetterToolOptions {
  brokers: string[];
  topicPrefix: string;
  /** Give up reading when the end of the topic is not reached in time. */
  timeoutMs?: number;
}

/** Reads a consumer group's dead-letter topic and republishes dead letters to where they came from (`npm run dlt`). */
export class DeadLetterTool {
  private readonly kafka: Kafka;

  constructor(private readonly options: DeadLetterToolOptions) {
    this.kafka = new Kafka({ clientId: 'samenleven-dlt', brokers: options.brokers, logLevel: logLevel.ERROR });
  }

  topicOf(group: string): string {
    return `${this.options.topicPrefix}${deadLetterTopic(group)}`;
  }

  /** Everything in the dead-letter topic now, in partition and offset order; reading stops at the current end. */
  async list(group: string): Promise<DeadLetter[]> {
    const topic = this.topicOf(group);
    const admin = this.kafka.admin();
    await admin.connect();
    const readerGroup = `${this.options.topicPrefix}dlt-reader-${randomBytes(4).toString('hex')}`;
    try {
      const ends = new Map(
        (await admin.fetchTopicOffsets(topic))
          .filter((entry) => Number(entry.high) > Number(entry.low))
          .map((entry) => [entry.partition, Number(entry.high)]),
      );
      if (ends.size === 0) return [];
      const letters: DeadLetter[] = [];
      const consumer = this.kafka.consumer({
        groupId: readerGroup,
        maxWaitTimeInMs: 200,
        sessionTimeout: 10_000,
        heartbeatInterval: 1_000,
      });
      await consumer.connect();
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`could not read ${topic} to its end within ${this.options.timeoutMs ?? 30_000} ms`)),
            this.options.timeoutMs ?? 30_000,
          );
          const reached = new Set<number>();
          void consumer
            .subscribe({ topic, fromBeginning: true })
            .then(() =>
              consumer.run({
                // Reading only: the reader group is thrown away afterwards.
                autoCommit: false,
                eachMessage: async ({ partition, message }) => {
                  const end = ends.get(partition);
                  if (end === undefined || Number(message.offset) >= end) return;
                  letters.push({
                    ...summarizeDeadLetter(message),
                    partition,
                    offset: message.offset,
                    key: message.key,
                    value: message.value,
                    headers: message.headers ?? {},
                  });
                  if (Number(message.offset) + 1 >= end) reached.add(partition);
                  if (reached.size === ends.size) {
                    clearTimeout(timer);
                    resolve();
                  }
                },
              }),
            )
            .catch(reject);
        });
      } finally {
        await consumer.disconnect();
      }
      return letters.sort((a, b) => a.partition - b.partition || Number(a.offset) - Number(b.offset));
    } finally {
      await admin.deleteGroups([readerGroup]).catch(() => undefined);
      await admin.disconnect();
    }
  }

  /** Republishes to the original topic with the original key and headers; every consumer of that topic deduplicates by event id. */
  async replay(letters: DeadLetter[]): Promise<DeadLetter[]> {
    const replayable = letters.filter((letter) => letter.originalTopic !== '?');
    if (replayable.length === 0) return [];
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    try {
      for (const letter of replayable)
        await producer.send({
          topic: letter.originalTopic,
          acks: -1,
          messages: [{ key: letter.key, value: letter.value, headers: stripDeadLetterHeaders(letter.headers) }],
        });
    } finally {
      await producer.disconnect();
    }
    return replayable;
  }
}
