import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { defineEvent, governmentRegisteredV1, TOPICS } from '#contracts';
import { UnitOfWork } from '#persistence';
import { OutboxWriter, UncataloguedEventError } from './outbox-writer.service.js';

/** Records what the writer asks of the database. */
const recordingManager = () => {
  const calls: string[] = [];
  const manager = {
    query: (sql: string) => {
      calls.push(sql);
      return Promise.resolve([]);
    },
    insert: (_target: unknown, row: { type: string }) => {
      calls.push(`insert ${row.type}`);
      return Promise.resolve({});
    },
  } as unknown as EntityManager;
  // A unit of work whose transaction is the recording manager: the writer joins it as it joins a real one.
  const unitOfWork = new UnitOfWork({
    transaction: (work: (manager: EntityManager) => Promise<unknown>) => work(manager),
  } as unknown as DataSource);
  return { unitOfWork, calls };
};

class SomethingHappenedV1 {
  governmentCode: string;
}

const uncatalogued = defineEvent({
  type: 'reporting.something-happened',
  version: 1,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description: 'Not in EVENT_CATALOGUE.',
  payloadClass: SomethingHappenedV1,
  example: { governmentCode: '44021' },
});

describe('OutboxWriter.append', () => {
  const writer = new OutboxWriter({ service: 'reporting', brokers: [], topicPrefix: '' });

  it('refuses an event definition that is not in the catalogue, before anything is written', async () => {
    const { unitOfWork, calls } = recordingManager();
    await expect(unitOfWork.run(() => writer.append(uncatalogued, { key: '44021', payload: { governmentCode: '44021' } }))).rejects.toThrow(
      UncataloguedEventError,
    );
    await expect(unitOfWork.run(() => writer.append(uncatalogued, { key: '44021', payload: { governmentCode: '44021' } }))).rejects.toThrow(
      /reporting\.something-happened v1 is not in EVENT_CATALOGUE/,
    );
    expect(calls).toEqual([]);
  });

  it('refuses a copy of a catalogue definition that travels elsewhere', async () => {
    const { unitOfWork, calls } = recordingManager();
    const elsewhere = { ...governmentRegisteredV1, topic: TOPICS.reporting };
    await expect(unitOfWork.run(() => writer.append(elsewhere, { key: '44021', payload: governmentRegisteredV1.example }))).rejects.toThrow(
      UncataloguedEventError,
    );
    expect(calls).toEqual([]);
  });

  it('writes a catalogue event', async () => {
    const { unitOfWork, calls } = recordingManager();
    const envelope = await unitOfWork.run(() =>
      writer.append(governmentRegisteredV1, { key: '44021', payload: governmentRegisteredV1.example }),
    );
    expect(envelope).toMatchObject({ type: governmentRegisteredV1.type, version: 1, producer: 'reporting', key: '44021' });
    expect(calls).toContain(`insert ${governmentRegisteredV1.type}`);
  });

  it('refuses to write outside a unit of work, where the event could not commit with its change', async () => {
    await expect(writer.append(governmentRegisteredV1, { key: '44021', payload: governmentRegisteredV1.example })).rejects.toThrow(
      'the applications.government-registered event must run inside a unit of work (UnitOfWork.run)',
    );
  });
});
