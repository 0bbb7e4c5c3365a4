import { describe, expect, it } from '@jest/globals';
import { IntervalPoller } from './interval-poller.js';

/** A poller whose rounds the test finishes (or fails) by hand. */
class PollerByHand extends IntervalPoller {
  readonly rounds: ((done: string | null) => void)[] = [];
  readonly failures: ((error: Error) => void)[] = [];

  constructor() {
    super('PollerByHand', 'the test round', 60_000);
  }

  protected round(): Promise<string | null> {
    return new Promise((resolve, reject) => {
      this.rounds.push(resolve);
      this.failures.push(reject);
    });
  }
}

describe('IntervalPoller', () => {
  it('never runs a second round while one is still running', async () => {
    const poller = new PollerByHand();
    const first = poller.tick();
    expect(poller.tick()).toBe(first);
    expect(poller.rounds).toHaveLength(1);
    poller.rounds[0]!(null);
    await first;
    void poller.tick();
    expect(poller.rounds).toHaveLength(2);
    poller.rounds[1]!(null);
  });

  it('survives a failed round and tries again next time', async () => {
    const poller = new PollerByHand();
    const failing = poller.tick();
    poller.failures[0]!(new Error('connection terminated'));
    await expect(failing).resolves.toBeUndefined();
    void poller.tick();
    expect(poller.rounds).toHaveLength(2);
    poller.rounds[1]!(null);
  });

  it('stops on shutdown, waiting for the round under way', async () => {
    const poller = new PollerByHand();
    poller.onApplicationBootstrap();
    void poller.tick();
    let stopped = false;
    const stopping = poller.onModuleDestroy().then(() => {
      stopped = true;
    });
    await Promise.resolve();
    expect(stopped).toBe(false);
    poller.rounds[0]!(null);
    await stopping;
    expect(stopped).toBe(true);
  });
});
