import type { TokenRequest } from '#auth';
import { request, type JsonResponse } from '#testing';

/**
 * How the demo talks to the platform: the five services' public HTTP APIs, tokens from the development issuer, the
 * programme clock through applications' clock API, and a progress line per step. The demo never touches a database.
 */
export interface DemoUrls {
  applications: string;
  budgeting: string;
  reporting: string;
  mentorships: string;
  notifications: string;
}

export type DemoService = keyof DemoUrls;

export interface DemoOptions {
  /** full: about 105 governments, as in project year 1; small: the named cities, VGC and one group (tests). */
  scale: 'full' | 'small';
}

export class DemoStepFailed extends Error {}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class DemoClient {
  private readonly tokens = new Map<string, Promise<string>>();
  private readonly startedAt = Date.now();

  constructor(
    readonly urls: DemoUrls,
    private readonly issue: (request: TokenRequest) => Promise<string>,
    private readonly sayLine: (line: string) => void,
  ) {}

  say(line: string): void {
    const seconds = ((Date.now() - this.startedAt) / 1000).toFixed(0).padStart(3);
    this.sayLine(`demo data [${seconds} s] ${line}`);
  }

  /** One token per role and organisation, asked for once. */
  token(tokenRequest: TokenRequest): Promise<string> {
    const key = JSON.stringify(tokenRequest);
    let token = this.tokens.get(key);
    if (token === undefined) {
      token = this.issue(tokenRequest);
      this.tokens.set(key, token);
    }
    return token;
  }

  abb(): Promise<string> {
    return this.token({ role: 'abb', subject: 'demo-abb' });
  }

  government(code: string): Promise<string> {
    return this.token({ role: 'government', org: code });
  }

  mentor(networkId: string): Promise<string> {
    return this.token({ role: 'mentor', network: networkId, subject: `mentor-${networkId}` });
  }

  /** A request whose answer must have one of the expected statuses; anything else stops the demo, naming the step. */
  async call<T = unknown>(
    service: DemoService,
    method: string,
    path: string,
    token: string,
    body?: unknown,
    expected: number[] = [200, 201, 202],
  ): Promise<JsonResponse<T>> {
    let answer = await request<T>(method, `${this.urls[service]}${path}`, token, body);
    // 503: the service could not reach its database and changed nothing; it asks to try again (Retry-After).
    for (let attempt = 0; answer.status === 503 && attempt < 12; attempt++) {
      await sleep(2_500);
      answer = await request<T>(method, `${this.urls[service]}${path}`, token, body);
    }
    if (!expected.includes(answer.status))
      throw new DemoStepFailed(
        `${method} ${service}${path}: expected ${expected.join(' or ')}, got ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    return answer;
  }

  /**
   * A request that depends on the programme clock (an attendance code, a report for a period that has begun): each
   * service takes a move of the clock from its own topic, so one busy with a backlog follows a little later. A 400 or
   * 409 is asked again for a while before it stops the demo.
   */
  async callOnTime<T = unknown>(
    service: DemoService,
    method: string,
    path: string,
    token: string,
    body?: unknown,
    expected: number[] = [200, 201, 202],
  ): Promise<JsonResponse<T>> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const answer = await request<T>(method, `${this.urls[service]}${path}`, token, body);
      if (expected.includes(answer.status)) return answer;
      if (Date.now() > deadline || (answer.status !== 400 && answer.status !== 409 && answer.status !== 503))
        throw new DemoStepFailed(
          `${method} ${service}${path}: expected ${expected.join(' or ')}, got ${answer.status} ${JSON.stringify(answer.body)}`,
        );
      await sleep(500);
    }
  }

  async get<T>(service: DemoService, path: string, token?: string): Promise<T> {
    return (await this.call<T>(service, 'GET', path, token ?? (await this.abb()), undefined, [200])).body;
  }

  /** Retries until the check returns a value (not undefined) or the time is up; waiting on the pipeline's effects. */
  async until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
      try {
        const value = await check();
        if (value !== undefined) return value;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline)
        throw new DemoStepFailed(`waited ${timeoutMs / 1000} s for ${what}${lastError === undefined ? '' : `: ${String(lastError)}`}`);
      await sleep(250);
    }
  }

  async programmeNow(): Promise<Date> {
    const clock = await this.get<{ now: string }>('applications', '/programme-clock');
    return new Date(clock.now);
  }

  /**
   * Moves the programme clock forward to `to` (never back: a resumed demo whose clock is past it leaves it) and waits
   * until every service follows. Returns whether it moved.
   */
  async moveClockTo(to: string, why: string): Promise<boolean> {
    const target = new Date(to);
    if ((await this.programmeNow()).getTime() >= target.getTime()) return false;
    await this.call('applications', 'POST', '/programme-clock', await this.abb(), { to: target.toISOString() }, [200]);
    this.say(`programme clock moved to ${target.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${why}`);
    // Every service takes the move from programme-clock-moved into its own database and reads it within about a second.
    await sleep(2_000);
    return true;
  }

  /** Runs fn over the items, a few at a time (the platform takes parallel requests; the machine may be small). */
  async forEach<T>(items: readonly T[], fn: (item: T, index: number) => Promise<void>, concurrency = 4): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < items.length) {
        const index = next++;
        await fn(items[index]!, index);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  }

  /** Delivery records of a kind queued since a real moment (ABB's view of what notifications sent). */
  async deliveries(kind: string, since: Date): Promise<{ governmentCode: string | null; channel: string; subject: string }[]> {
    return this.get('notifications', `/deliveries?kind=${kind}&from=${encodeURIComponent(since.toISOString())}`);
  }

  /**
   * Waits until notifications queued a message of `kind` for `count` governments since `since` (the deadline
   * polling, the sessions check and the mail run on their own timers); a shortfall is said, not fatal.
   */
  async awaitNotices(kind: string, since: Date, count: number, timeoutMs = 60_000): Promise<number> {
    const governments = async (): Promise<number> =>
      new Set((await this.deliveries(kind, since)).map((delivery) => delivery.governmentCode ?? delivery.channel)).size;
    try {
      return await this.until(
        `${count} ${kind} notices`,
        async () => ((await governments()) >= count ? governments() : undefined),
        timeoutMs,
      );
    } catch {
      const seen = await governments();
      this.say(`(only ${seen} of ${count} ${kind} notices after ${timeoutMs / 1000} s; going on)`);
      return seen;
    }
  }
}
