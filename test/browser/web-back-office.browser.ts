import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const webUrl = (): string => process.env.WEB_URL ?? 'http://127.0.0.1:3000';

/** WCAG 2.1 AA as axe checks it: no violations at all. */
const expectAccessible = async (page: Page): Promise<void> => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
};

/** Through the front door and the development issuer's page, as a developer signs in. */
const signIn = async (page: Page, role: 'Medewerker ABB' | 'Lokaal bestuur', org?: string): Promise<void> => {
  await page.goto(webUrl());
  await page.getByRole('link', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Aanmelden als ontwikkelaar' })).toBeVisible();
  await page.getByRole('radio', { name: role }).check();
  if (org !== undefined) await page.getByLabel(/NIS-code/).fill(org);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByText(/Je bent aangemeld als/)).toBeVisible();
};

test('the front door and the accessibility statement are accessible', async ({ page }) => {
  await page.goto(webUrl());
  await expect(page.getByRole('heading', { name: 'Plan Samenleven', level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: path.join(screenshots, 'landing.png') });
  await page.getByRole('link', { name: 'Aanmelden' }).click();
  await expectAccessible(page);
  await page.screenshot({ path: path.join(screenshots, 'dev-issuer-login.png') });
  await page.goto(`${webUrl()}/toegankelijkheid`);
  await expect(page.getByRole('heading', { name: 'Toegankelijkheidsverklaring' })).toBeVisible();
  await expectAccessible(page);
});

test('ABB signs in and sees the programme dashboard with a chart and its table', async ({ page, context }) => {
  await signIn(page, 'Medewerker ABB');
  // Chromium keeps the __Host- cookie on http://127.0.0.1: a loopback address is a secure context.
  const cookies = await context.cookies();
  expect(
    cookies.map(({ name, secure, httpOnly, sameSite, path: cookiePath }) => ({ name, secure, httpOnly, sameSite, path: cookiePath })),
  ).toEqual([{ name: '__Host-samenleven-session', secure: true, httpOnly: true, sameSite: 'Lax', path: '/' }]);
  await page.getByRole('link', { name: 'Naar het dashboard van het programma' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard van het programma' })).toBeVisible();
  // Gent's 500 and Antwerpen's 3,250 for A05 and Gent's 2 for A22: 3,752 planned in project year 1; Mechelen's
  // 1,000 and 2 more once ABB has decided its application in the browser (abb-*.browser.ts, which may run first).
  await expect(page.getByRole('definition').first()).toHaveText(/^(3\.752|4\.754)$/);
  const table = page.getByRole('grid', { name: /Cijfers per doelstelling/ });
  await expect(table.getByRole('row')).not.toHaveCount(1);
  await expect(page.getByRole('img', { name: /Gepland en gerealiseerd per doelstelling/ }).locator('svg')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: path.join(screenshots, 'abb-dashboard.png'), fullPage: true });

  // Per indicator, and filtered by typing, all by keyboard.
  await page.getByRole('link', { name: 'Indicator', exact: true }).focus();
  await page.keyboard.press('Enter');
  const indicators = page.getByRole('grid', { name: /Cijfers per indicator/ });
  await expect(indicators.getByRole('row', { name: /A22/ })).toBeVisible();
  await page.getByLabel('Zoeken op naam').fill('A05');
  await expect(indicators.getByRole('row', { name: /A22/ })).toHaveCount(0);
  await expect(indicators.getByRole('row', { name: /A05/ })).toBeVisible();
});

test('a government signs in, sees its targets and status, and cannot reach the programme data', async ({ page }) => {
  await signIn(page, 'Lokaal bestuur', '44021');
  await page.getByRole('link', { name: 'Naar de doelen en status van je bestuur' }).click();
  await expect(page.getByRole('heading', { name: 'Doelen en status van bestuur 44021' })).toBeVisible();
  const table = page.getByRole('grid', { name: /Doelen en status per indicator/ });
  const a05 = table.getByRole('row', { name: /A05/ });
  await expect(a05).toContainText('500');
  // The stack's 150, or the 130 Gent's officer uploads in government-report.browser.ts (which runs first).
  await expect(a05).toContainText(/150|130/);
  await expect(a05).toContainText('PJ1-INTERIM');
  await expectAccessible(page);
  await page.screenshot({ path: path.join(screenshots, 'government-status.png'), fullPage: true });

  await page.goto(`${webUrl()}/abb`);
  await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
  // The data itself is refused by reporting, whatever the page shows; another government's too.
  expect((await page.request.get(`${webUrl()}/api/reporting/figures?projectYear=1&level=objective`)).status()).toBe(403);
  expect((await page.request.get(`${webUrl()}/api/reporting/statuses?governmentCode=11002&projectYear=1`)).status()).toBe(403);
  // A mutating call without the CSRF header is refused by the web app before it reaches a service.
  expect((await page.request.post(`${webUrl()}/api/reporting/reports`, { data: {} })).status()).toBe(403);

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('link', { name: 'Aanmelden' })).toBeVisible();
  expect((await page.request.get(`${webUrl()}/api/reporting/statuses?governmentCode=44021&projectYear=1`)).status()).toBe(401);
});
