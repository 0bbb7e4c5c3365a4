import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Shared by the government, mentor and public browser tests. */
export const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
export const webUrl = (): string => process.env.WEB_URL ?? 'http://127.0.0.1:3000';

/** WCAG 2.1 AA as axe checks it: no violations at all. */
export const expectAccessible = async (page: Page): Promise<void> => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
};

export type SignInAs = { role: 'abb' } | { role: 'government'; org: string } | { role: 'mentor'; network: string };

const ROLE_LABELS = { abb: 'Medewerker ABB', government: 'Lokaal bestuur', mentor: 'Mentor van een lerend netwerk' } as const;

/** Through the front door and the development issuer's page, as a developer signs in. */
export const signIn = async (page: Page, as: SignInAs): Promise<void> => {
  await page.goto(webUrl());
  await page.getByRole('link', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Aanmelden als ontwikkelaar' })).toBeVisible();
  await page.getByRole('radio', { name: ROLE_LABELS[as.role] }).check();
  if (as.role === 'government') await page.getByLabel(/NIS-code/).fill(as.org);
  if (as.role === 'mentor') await page.getByLabel(/Lerend netwerk/).fill(as.network);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  // The code exchange and the first page: slower than expect's default while the machine runs several browsers.
  await expect(page.getByText(/Je bent aangemeld als/)).toBeVisible({ timeout: 20_000 });
};

/**
 * A call through the web app from inside the signed-in page, as the pages make it (same origin, the session's CSRF
 * token): for what a test prepares or checks beside the screens, never instead of the screen it tests.
 */
export const apiCall = async <T>(page: Page, method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> =>
  page.evaluate(
    async ({ method, url, body }) => {
      const session = (await (await fetch('/auth/session')).json()) as { csrfToken?: string };
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken ?? '' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
    },
    { method, url, body },
  );
