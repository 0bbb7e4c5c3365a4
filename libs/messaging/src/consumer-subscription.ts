import { PATTERN_METADATA } from '@nestjs/microservices/constants.js';
import { EVENT_CATALOGUE, eventName, type EventDefinition, type TopicName } from '#contracts';

/** What one consumer group reads; all of it follows from the events its handlers declare. */
export interface ConsumerSubscription {
  /** Events with a handler in the group, in catalogue order. */
  handled: EventDefinition[];
  /** The topics those events travel on: the group subscribes to these and nothing else. */
  topics: TopicName[];
  /** Catalogue events on those topics without a handler in the group: acknowledged on purpose and counted. */
  ignored: EventDefinition[];
}

/** A handler for an event the catalogue does not know: its topic, and so the subscription, cannot be derived. */
export class UncataloguedHandlerError extends Error {
  override readonly name = 'UncataloguedHandlerError';
}

const nameOf = (definition: EventDefinition): string => eventName(definition.type, definition.version);

/** The subscription of a group whose handlers handle these event names ("<type>.v<version>"). */
export const subscriptionFor = (
  handledNames: Iterable<string>,
  catalogue: readonly EventDefinition[] = EVENT_CATALOGUE,
): ConsumerSubscription => {
  const names = new Set(handledNames);
  const known = new Set(catalogue.map(nameOf));
  const unknown = [...names].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new UncataloguedHandlerError(`handlers for events that are not in EVENT_CATALOGUE: ${unknown.join(', ')}`);
  const handled = catalogue.filter((definition) => names.has(nameOf(definition)));
  const topics = [...new Set(handled.map((definition) => definition.topic))];
  const ignored = catalogue.filter((definition) => topics.includes(definition.topic) && !names.has(nameOf(definition)));
  return { handled, topics, ignored };
};

/**
 * The event names the methods of these classes handle, read from the pattern metadata that
 * @HandlesEvent leaves (the metadata Nest registers handlers by), so no module has to boot.
 */
export const handledEventNames = (classes: Iterable<abstract new (...args: never[]) => unknown>): string[] => {
  const names: string[] = [];
  for (const cls of classes) {
    for (
      let prototype: object | null = cls.prototype as object;
      prototype !== null && prototype !== Object.prototype;
      prototype = Object.getPrototypeOf(prototype) as object | null
    ) {
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const method = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
        if (key === 'constructor' || typeof method !== 'function') continue;
        const patterns = Reflect.getMetadata(PATTERN_METADATA, method) as unknown[] | undefined;
        for (const pattern of patterns ?? []) names.push(typeof pattern === 'string' ? pattern : JSON.stringify(pattern));
      }
    }
  }
  return names;
};
