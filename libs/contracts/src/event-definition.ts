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
  /**
   * The payload field whose value is the record key. Facts about one government are keyed by its code
   * (the default) so they stay in order; programme-wide facts (a call, a catalogue version) by their own id.
   */
  readonly keyField?: string;
}

export const DEFAULT_KEY_FIELD = 'governmentCode';

export const keyFieldOf = (definition: EventDefinition): string => definition.keyField ?? DEFAULT_KEY_FIELD;

/** The record key an event must carry: the value of its key field. */
export const eventKeyOf = <P extends object>(definition: EventDefinition<P>, payload: P): string =>
  String((payload as Record<string, unknown>)[definition.keyField ?? DEFAULT_KEY_FIELD] ?? '');

/** Freezes a definition; its key field must be a field of the payload. */
export const defineEvent = <P extends object>(definition: EventDefinition<P> & { keyField?: keyof P & string }): EventDefinition<P> =>
  Object.freeze(definition);
