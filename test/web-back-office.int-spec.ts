import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { targetsCommittedV3 } from '#contracts';
import {
  committedTarget,
  createTestDatabase,
  eventually,
  startServiceUnderTest,
  testEnvelope,
  testTargetsCommitted,
  type ServiceUnderTest,
  type TestDatabase,
} from '#testing';
import { reportingManifest } from '../apps/reporting/src/reporting.manifest.js';
import { loadWebConfig } from '../apps/web/src/web-config.js';
import { startWebApp } from '../apps/web/src/web-app.js';
import { freePort } from '../scripts/infra/kafka-broker.js';

/** One browser: the session cookie it holds, following redirects by hand so each hop can be looked at. */
class Browser {
  cookie: string | undefined;
  lastSetCookie: string | undefined;

  constructor(private readonly origin: string) {}

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie !== undefined && new URL(url).origin === this.origin) headers.set('cookie', this.cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null && new URL(url).origin === this.origin) {
      this.lastSetCookie = setCookie;
      const [pair] = setCookie.split(';');
      this.cookie = /=$/.test(pair!) || /Expires=Thu, 01 Jan 1970/.test(setCookie) ? undefined : pair;
    }
    return response;
  }

  /** The whole sign-in: the back office, the issuer's login page, the form, the callback. Returns the callback URL used. */
  async signIn(form: Record<string, string>, returnTo = '/'): Promise<{ callbackUrl: string; landedOn: string }> {
    const start = await this.fetch(`${this.origin}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    expect(start.status).toBe(303);
    const authorizeUrl = new URL(start.headers.get('location')!);
    const page = await fetch(authorizeUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Aanmelden als ontwikkelaar');
    const hidden = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([a-z_]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
    );
    const posted = await fetch(new URL('authorize', authorizeUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...hidden, ...form }),
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    const callbackUrl = posted.headers.get('location')!;
    const callback = await this.fetch(callbackUrl);
    expect(callback.status).toBe(303);
    return { callbackUrl, landedOn: callback.headers.get('location')! };
  }

  async session(): Promise<{ signedIn: boolean; user?: { role: string; governmentCodes: string[] }; csrfToken?: string }> {
    return (await (await this.fetch(`${this.origin}/auth/session`)).json()) as never;
  }
}

describe('the web back office on the development issuer and the real reporting service', () => {
  let reporting: ServiceUnderTest;
  let database: TestDatabase;
  let web: INestApplication;
  let origin: string;

  beforeAll(async () => {
    reporting = await startServiceUnderTest({ manifest: reportingManifest, label: 'web_bff' });
    database = await createTestDatabase('web_bff_sessions');
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const config = loadWebConfig({
      PLATFORM_MODE: 'development',
      DATABASE_URL: database.url,
      OIDC_ISSUER: reporting.issuer.issuer,
      WEB_PUBLIC_URL: origin,
      WEB_REPORTING_URL: reporting.url,
    });
    web = await startWebApp(config, { port, host: '127.0.0.1' });
    // Gent's committed targets for project year 1, as applications announces them.
    await reporting.publish(
      testEnvelope(
        targetsCommittedV3,
        '44021',
        testTargetsCommitted('44021', 1, [committedTarget('A05', { currentReach: 100, approvedAdditionalReach: 400 })]),
      ),
    );
    const abb = await reporting.issuer.token({ role: 'abb' });
    await eventually(async () => {
      const targets = await reporting.get<unknown[]>('/targets?governmentCode=44021', abb);
      expect(targets.body.length).toBeGreaterThan(0);
    });
  });

  afterAll(async () => {
    await web?.close();
    await database?.drop();
    await reporting?.stop();
  });

  it('signs a government officer in with the authorization code flow and keeps the token out of the browser', async () => {
    const browser = new Browser(origin);
    const { landedOn } = await browser.signIn({ role: 'government', org: '44021' }, '/bestuur');
    expect(landedOn).toBe('/bestuur');
    expect(browser.lastSetCookie).toMatch(
      /^__Host-samenleven-session=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; Expires=.*; HttpOnly; Secure; SameSite=Lax$/,
    );
    const session = await browser.session();
    expect(session).toMatchObject({ signedIn: true, user: { role: 'government', governmentCodes: ['44021'] } });
    expect(JSON.stringify(session)).not.toMatch(/eyJ/);

    const targets = await browser.fetch(`${origin}/api/reporting/targets?governmentCode=44021&projectYear=1`);
    expect(targets.status).toBe(200);
    expect(((await targets.json()) as { indicatorCode: string }[]).map((row) => row.indicatorCode)).toEqual(['A05']);
    expect((await browser.fetch(`${origin}/api/reporting/statuses?governmentCode=44021&projectYear=1`)).status).toBe(200);
    // The service decides what the user may see: another government's statuses and the programme's figures are refused.
    expect((await browser.fetch(`${origin}/api/reporting/statuses?governmentCode=11002&projectYear=1`)).status).toBe(403);
    expect((await browser.fetch(`${origin}/api/reporting/figures?projectYear=1&level=objective`)).status).toBe(403);
  });

  it('shows ABB the programme figures', async () => {
    const browser = new Browser(origin);
    await browser.signIn({ role: 'abb' });
    const figures = await browser.fetch(`${origin}/api/reporting/figures?projectYear=1&level=objective`);
    expect(figures.status).toBe(200);
    expect(Array.isArray(await figures.json())).toBe(true);
  });

  it('refuses the API without a session, and paths outside the five APIs', async () => {
    const stranger = new Browser(origin);
    expect((await stranger.fetch(`${origin}/api/reporting/figures?projectYear=1`)).status).toBe(401);
    const browser = new Browser(origin);
    await browser.signIn({ role: 'abb' });
    expect((await browser.fetch(`${origin}/api/reporting/metrics`)).status).toBe(404);
    expect((await browser.fetch(`${origin}/api/payments/x`)).status).toBe(404);
    expect((await browser.fetch(`${origin}/api/reporting/%2E%2E%2Fmetrics`)).status).toBe(400);
  });

  it('refuses a mutating request without our origin and the session CSRF token, and passes a proper one on with its body', async () => {
    const browser = new Browser(origin);
    await browser.signIn({ role: 'government', org: '44021' });
    const { csrfToken } = await browser.session();
    const body = JSON.stringify({ governmentCode: '44021' });
    const post = (headers: Record<string, string>) =>
      browser.fetch(`${origin}/api/reporting/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    expect((await post({ origin })).status).toBe(403);
    expect((await post({ origin: 'https://evil.example', 'x-csrf-token': csrfToken! })).status).toBe(403);
    expect((await post({ origin, 'x-csrf-token': 'A'.repeat(43) })).status).toBe(403);
    // Through to reporting, which names what is missing from the report.
    const passed = await post({ origin, 'x-csrf-token': csrfToken! });
    expect(passed.status).toBe(400);
    expect(passed.headers.get('content-type')).toContain('application/problem+json');
  });

  it('uses a code once, checks the state, and gives a signed-in session a new id', async () => {
    const browser = new Browser(origin);
    await browser.fetch(`${origin}/auth/login`);
    const pendingCookie = browser.cookie;
    const { callbackUrl } = await browser.signIn({ role: 'abb' });
    expect(browser.cookie).not.toBe(pendingCookie);
    // The same callback again (a replayed code): no new session.
    const replay = await browser.fetch(callbackUrl);
    expect(replay.headers.get('location')).toBe('/?aanmelden=mislukt');
    expect((await browser.session()).signedIn).toBe(false);

    // A callback whose state is not the one this browser's sign-in started with.
    const other = new Browser(origin);
    const started = await other.fetch(`${origin}/auth/login`);
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'forged');
    expect(started.status).toBe(303);
    expect((await other.fetch(forged.toString())).headers.get('location')).toBe('/?aanmelden=mislukt');
  });

  it('signs out: the session is gone on the server, not only in the browser', async () => {
    const browser = new Browser(origin);
    await browser.signIn({ role: 'abb' });
    const cookie = browser.cookie;
    const { csrfToken } = await browser.session();
    expect((await browser.fetch(`${origin}/auth/logout`, { method: 'POST', headers: { origin } })).status).toBe(403);
    const out = await browser.fetch(`${origin}/auth/logout`, { method: 'POST', headers: { origin, 'x-csrf-token': csrfToken! } });
    expect(out.status).toBe(200);
    expect(browser.cookie).toBeUndefined();
    browser.cookie = cookie;
    expect((await browser.fetch(`${origin}/api/reporting/figures?projectYear=1`)).status).toBe(401);
  });
});
