import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Shared by the ABB browser tests: where screenshots go, signing in through the issuer's page, and axe. */
export const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
export const webUrl = (): string => process.env.WEB_URL ?? 'http://127.0.0.1:3000';

/**
 * WCAG 2.1 AA as axe checks it: no violations at all. `iframes: false` leaves out what a frame shows (the frame
 * element itself, its title included, is still checked): a template's preview is the e-mail in a frame sandboxed
 * without scripts, where axe cannot run and its frame-by-frame mode would wait forever; its single-frame (legacy)
 * mode honours `iframes: false`.
 */
export const expectAccessible = async (page: Page, { iframes = true }: { iframes?: boolean } = {}): Promise<void> => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ iframes })
    .setLegacyMode(!iframes)
    .analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
};

/** Through the front door and the development issuer's page, as a developer signs in. */
export const signIn = async (page: Page, role: 'Medewerker ABB' | 'Lokaal bestuur', org?: string): Promise<void> => {
  await page.goto(webUrl());
  await page.getByRole('link', { name: 'Aanmelden' }).click();
  await page.getByRole('radio', { name: role }).check();
  if (org !== undefined) await page.getByLabel(/NIS-code/).fill(org);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByText(/Je bent aangemeld als/)).toBeVisible();
};

/** A page of the main navigation, reached by its link. */
export const openFromNav = async (page: Page, label: string, heading: string): Promise<void> => {
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await nav.getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  // The page is marked current in the navigation, and only that one.
  await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
};

/** The session's CSRF token, which every mutating call through the web app must carry. */
export const csrfToken = async (page: Page): Promise<string> =>
  ((await (await page.request.get(`${webUrl()}/auth/session`)).json()) as { csrfToken: string }).csrfToken;

export const shoot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
