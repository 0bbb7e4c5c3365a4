import { describe, expect, it } from '@jest/globals';
import type { FireDueDeadlinesHandler, FiredDeadline } from '../../application/fire-deadlines/fire-due-deadlines.handler.js';
import { DeadlinePoller } from './deadline.poller.js';

/** A stand-in for the use case whose rounds the test finishes by hand. */
const firingByHand = () => {
  const rounds: ((fired: FiredDeadline[]) => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const handler = {
    execute: () =>
      new Promise<FiredDeadline[]>((resolve, reject) => {
        rounds.push(resolve);
        failures.push(reject);
      }),
  } as unknown as FireDueDeadlinesHandler;
  return { handler, rounds, failures };
};

describe('DeadlinePoller', () => {
  it('never runs a second round while one is still running', async () => {
    const { handler, rounds } = firingByHand();
    const poller = new DeadlinePoller(handler, 60_000);
    const first = poller.tick();
    expect(poller.tick()).toBe(first);
    expect(rounds).toHaveLength(1);
    rounds[0]!([]);
    await first;
    void poller.tick();
    expect(rounds).toHaveLength(2);
    rounds[1]!([]);
  });

  it('survives a failed round and tries again next time', async () => {
    const { handler, rounds, failures } = firingByHand();
    const poller = new DeadlinePoller(handler, 60_000);
    const failing = poller.tick();
    failures[0]!(new Error('connection terminated'));
    await expect(failing).resolves.toBeUndefined();
    void poller.tick();
    expect(rounds).toHaveLength(2);
    rounds[1]!([]);
  });

  it('stops on shutdown, waiting for the round under way', async () => {
    const { handler, rounds } = firingByHand();
    const poller = new DeadlinePoller(handler, 60_000);
    poller.onApplicationBootstrap();
    void poller.tick();
    let stopped = false;
    const stopping = poller.onModuleDestroy().then(() => {
      stopped = true;
    });
    await Promise.resolve();
    expect(stopped).toBe(false);
    rounds[0]!([]);
    await stopping;
    expect(stopped).toBe(true);
  });
});
