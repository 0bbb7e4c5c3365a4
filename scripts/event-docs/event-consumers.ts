import { CONSUMER_GROUPS, TOPICS, type TopicName } from '#contracts';

export type ConsumerGroup = keyof typeof CONSUMER_GROUPS;

/**
 * Which topics each consumer group subscribes to, as configured in the app modules (`consumer.topics`
 * of PlatformModule.forService). Kept here as data because reading it from the modules would mean
 * booting them; typed by CONSUMER_GROUPS so a new group cannot be left out.
 */
export const EVENT_CONSUMERS: Record<ConsumerGroup, readonly TopicName[]> = {
  budgeting: [TOPICS.applications],
  reporting: [TOPICS.applications, TOPICS.reporting],
  mentorships: [TOPICS.reporting],
  notifications: [TOPICS.applications, TOPICS.reporting],
};

export const consumersOf = (topic: TopicName): ConsumerGroup[] =>
  (Object.keys(EVENT_CONSUMERS) as ConsumerGroup[]).filter((group) => EVENT_CONSUMERS[group].includes(topic));
