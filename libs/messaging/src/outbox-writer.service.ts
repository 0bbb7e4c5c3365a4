import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { eventKeyOf, findEventDefinition, validatePayload, type EventDefinition, type EventEnvelope } from '#contracts';
import { currentContext } from '#observability';
import { lockNamespace, lockUntilCommit, requireTransaction } from '#persistence';
import { MESSAGING_OPTIONS, OUTBOX_CHANNEL, type MessagingOptions } from './messaging-options.js';
import { OutboxEntity } from './outbox.entity.js';

/** One writer per key at a time until commit (see append). */
const OUTBOX_KEY_LOCK = lockNamespace('outbox key', 1);

/** An event definition that is not the one EVENT_CATALOGUE holds: no consumer or document knows it. */
export class UncataloguedEventError extends Error {
  override readonly name = 'UncataloguedEventError';
}

/**
 * Appends an event to the outbox in the current unit of work: it is published if and only if the
 * state change it describes commits. The notification is delivered on commit, waking the relay.
 */
@Injectable()
export class OutboxWriter {
  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  async append<P extends object>(definition: EventDefinition<P>, event: { key: string; payload: P }): Promise<EventEnvelope<P>> {
    // The very definition, not one with the same name: its topic and payload class are what consumers rely on.
    if (findEventDefinition(definition.type, definition.version) !== definition)
      throw new UncataloguedEventError(
        `${definition.type} v${definition.version} is not in EVENT_CATALOGUE (libs/contracts): add it there before publishing it`,
      );
    const manager = requireTransaction(`the ${definition.type} event`);
    validatePayload(definition, event.payload);
    if (event.key === '') throw new Error(`${definition.type}: an event needs a non-empty key`);
    const expectedKey = eventKeyOf(definition, event.payload);
    if (event.key !== expectedKey)
      throw new Error(
        `${definition.type}: the key must be payload.${definition.keyField ?? 'governmentCode'} ("${expectedKey}"), got "${event.key}"`,
      );
    const context = currentContext();
    const envelope: EventEnvelope<P> = {
      eventId: randomUUID(),
      type: definition.type,
      version: definition.version,
      occurredAt: new Date().toISOString(),
      producer: this.options.service,
      correlationId: context?.correlationId ?? randomUUID(),
      causationId: context?.causationId ?? null,
      key: event.key,
      // A plain copy: what is stored is exactly what consumers will read.
      payload: JSON.parse(JSON.stringify(event.payload)) as P,
    };
    // One writer per key at a time until commit: positions of one key then follow commit order,
    // which is the order the relay must publish them in.
    await lockUntilCommit(OUTBOX_KEY_LOCK, envelope.key);
    await manager.insert(OutboxEntity, {
      eventId: envelope.eventId,
      topic: definition.topic,
      key: envelope.key,
      type: envelope.type,
      version: envelope.version,
      envelope,
    });
    // Postgres delivers one notification per channel and payload per transaction, after commit only.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    return envelope;
  }
}
