import { describe, expect, it } from '@jest/globals';
import type { CloseDueCallsHandler } from '../../application/close-call/close-due-calls.handler.js';
import type { Call } from '../../domain/call.js';
import { CallClosingPoller } from './call-closing.poller.js';

/** A stand-in for the use case whose rounds the test finishes by hand. */
const closingByHand = () => {
  const rounds: ((closed: Call[]) => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const handler = {
    execute: () =>
      new Promise<Call[]>((resolve, reject) => {
        rounds.push(resolve);
        failures.push(reject);
      }),
  } as unknown as CloseDueCallsHandler;
  return { handler, rounds, failures };
};

describe('CallClosingPoller', () => {
  it('never runs a second round while one is still running', async () => {
    const { handler, rounds } = closingByHand();
    const poller = new CallClosingPoller(handler, 60_000);
    const first = poller.tick();
    const second = poller.tick();
    expect(rounds).toHaveLength(1);
    expect(second).toBe(first);
    rounds[0]!([]);
    await first;
    void poller.tick();
    expect(rounds).toHaveLength(2);
    rounds[1]!([]);
  });

  it('survives a failed round (the database away for a moment) and tries again next time', async () => {
    const { handler, rounds, failures } = closingByHand();
    const poller = new CallClosingPoller(handler, 60_000);
    const failing = poller.tick();
    failures[0]!(new Error('connection terminated'));
    await expect(failing).resolves.toBeUndefined();
    void poller.tick();
    expect(rounds).toHaveLength(2);
    rounds[1]!([]);
  });

  it('stops on shutdown, waiting for the round under way', async () => {
    const { handler, rounds } = closingByHand();
    const poller = new CallClosingPoller(handler, 60_000);
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
