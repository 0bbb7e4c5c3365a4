import type { TopicName } from './topics.js';

/** A versioned, past-tense fact: its name, the topic it travels on, and the class that validates its payload. */
export interface EventDefinition<P extends object = object> {
  readonly type: string;
  readonly version: number;
  readonly topic: TopicName;
  readonly producer: string;
  readonly description: string;
  readonly payloadClass: new () => P;
  readonly example: P;
}

export const defineEvent = <P extends object>(definition: EventDefinition<P>): EventDefinition<P> => Object.freeze(definition);
