/**
 * Every topic the platform uses. Topics are created explicitly (auto-create is off): one per
 * producing service, keyed by government code so all facts about one government stay in order.
 */
export const TOPICS = {
  applications: 'samenleven.applications.v1',
  budgeting: 'samenleven.budgeting.v1',
  reporting: 'samenleven.reporting.v1',
  mentorships: 'samenleven.mentorships.v1',
  notifications: 'samenleven.notifications.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

export const TOPIC_PARTITIONS = 6;

/** A dead-letter topic per consumer group: a poison message for one consumer never blocks another. */
export const deadLetterTopic = (consumerGroup: string): string => `samenleven.dlt.${consumerGroup}`;

/** Every topic to create up front: the event topics, and a dead-letter topic per consumer group (from the service registry). */
export const allTopics = (consumerGroups: readonly string[]): string[] => [
  ...Object.values(TOPICS),
  ...consumerGroups.map(deadLetterTopic),
];
