/**
 * Dead letters of a consumer group.
 *
 *   npm run dlt -- list <group>
 *   npm run dlt -- replay <group> [--event-id <id>]
 *
 * Reads KAFKA_BROKERS (default 127.0.0.1:9092) and KAFKA_TOPIC_PREFIX. Replay republishes to the original
 * topic with the original key and headers; consumers apply each event id once, so replaying is safe.
 * The dead-letter topic itself is append-only: replayed letters stay listed, and an event that failed
 * again has several letters. Replay sends only the latest letter of each event id, and letters without
 * an event id are skipped (listed in the output) since they cannot be deduplicated.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DeadLetterTool, selectForReplay, type DeadLetter } from '#messaging';

const USAGE = 'usage: npm run dlt -- list <group>\n       npm run dlt -- replay <group> [--event-id <id>]';

const describe = (letter: DeadLetter): string =>
  [
    `${letter.partition}@${letter.offset}  ${letter.reason}  ${letter.eventType}  ${letter.eventId}`,
    `    from ${letter.originalTopic} partition ${letter.originalPartition ?? '?'} offset ${letter.originalOffset}, ` +
      `failed at ${letter.failedAt}`,
    `    ${letter.error}`,
  ].join('\n');

const main = async (): Promise<number> => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'event-id': { type: 'string' } } });
  const [command, group] = positionals;
  if ((command !== 'list' && command !== 'replay') || !group || positionals.length > 2) {
    console.error(USAGE);
    return 2;
  }
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker !== '');
  const tool = new DeadLetterTool({ brokers, topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? '' });
  const letters = await tool.list(group);
  if (command === 'list') {
    if (letters.length === 0) console.log(`no dead letters in ${tool.topicOf(group)}`);
    else console.log(`${letters.length} dead letter(s) in ${tool.topicOf(group)}:\n${letters.map(describe).join('\n')}`);
    return 0;
  }
  const eventId = values['event-id'];
  // The topic is append-only: one event can have many letters (it failed again after a replay). Only the latest goes.
  const { chosen, superseded, withoutEventId } = selectForReplay(letters, eventId);
  if (superseded.length > 0) console.log(`skipped ${superseded.length} older dead letter(s) of events that have a later one`);
  if (withoutEventId.length > 0)
    console.log(
      `skipped ${withoutEventId.length} dead letter(s) without an event id ` +
        `(${withoutEventId.map((letter) => `${letter.partition}@${letter.offset}`).join(', ')}); they are never replayed in bulk`,
    );
  if (chosen.length === 0) {
    console.error(
      eventId === undefined
        ? `no dead letters to replay in ${tool.topicOf(group)}`
        : `no dead letter with event id ${eventId} in ${tool.topicOf(group)}`,
    );
    return eventId === undefined ? 0 : 1;
  }
  const replayed = await tool.replay(chosen);
  for (const letter of replayed) console.log(`replayed ${letter.eventType} ${letter.eventId} to ${letter.originalTopic}`);
  const skipped = chosen.length - replayed.length;
  if (skipped > 0) console.error(`${skipped} dead letter(s) without an original topic were not replayed`);
  return skipped > 0 ? 1 : 0;
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
