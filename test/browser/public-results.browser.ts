import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiCall, expectAccessible, screenshots, signIn, webUrl } from './role-helpers.js';

const a05Row = (page: Page) => page.getByRole('grid', { name: /Gepland en gerealiseerd, Actie 5/ }).getByRole('row', { name: /A05/ });

test('the public results show accepted reports only, without signing in, per government and for the programme', async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(webUrl());
  await visitor.getByRole('link', { name: 'Resultaten van het programma' }).click();
  await expect(visitor.getByRole('heading', { name: 'Resultaten van het programma' })).toBeVisible();
  await expectAccessible(visitor);

  // Gent's latest report waits for ABB's review: the public page does not count it yet.
  const abb = await (await browser.newContext()).newPage();
  await signIn(abb, { role: 'abb' });
  const { body: reports } = await apiCall<
    { reportId: string; latest: boolean; review: unknown; results: { indicatorCode: string; achieved: number | null }[] }[]
  >(abb, 'GET', '/api/reporting/reports?governmentCode=44021&periodCode=PJ1-INTERIM');
  const latest = reports.find((report) => report.latest)!;
  expect(latest.review).toBeNull();
  const figure = latest.results.find((line) => line.indicatorCode === 'A05')!.achieved ?? 0;

  await visitor.goto(`${webUrl()}/resultaten?jaar=1&bestuur=44021`);
  await expect(visitor.getByRole('heading', { name: 'Resultaten van bestuur 44021' })).toBeVisible();
  await expect(a05Row(visitor)).toContainText('500');
  const shown = new Intl.NumberFormat('nl-BE').format(figure);
  await expect(a05Row(visitor).getByRole('gridcell').nth(1)).not.toHaveText(shown);

  // ABB accepts it; the new figure is public at once, for Gent and in the programme's total.
  const accepted = await apiCall(abb, 'POST', `/api/reporting/reports/${latest.reportId}/review`, { outcome: 'accepted', comments: [] });
  expect(accepted.status).toBe(201);
  await visitor.reload();
  await expect(a05Row(visitor).getByRole('gridcell').nth(1)).toHaveText(shown);
  await expect(a05Row(visitor)).toContainText('1 van 1');
  await expectAccessible(visitor);
  await visitor.screenshot({ path: path.join(screenshots, 'public-results-government.png'), fullPage: true });

  // By keyboard: the form takes another government, or none for the whole programme.
  await visitor.getByLabel('NIS-code van een bestuur').fill('');
  await visitor.getByLabel('NIS-code van een bestuur').press('Enter');
  await expect(visitor.getByRole('heading', { name: 'Resultaten van het programma' })).toBeVisible();
  // Every decided government's target planned; Gent's accepted figure among the realised.
  await expect(a05Row(visitor).getByRole('gridcell').nth(0)).not.toHaveText('0');
  await expect(a05Row(visitor)).toContainText(/[1-9]\d* van [1-9]/);
  await expectAccessible(visitor);
  await visitor.screenshot({ path: path.join(screenshots, 'public-results.png'), fullPage: true });
});

test('a visitor reads only the public results: every other API and page asks to sign in', async ({ page }) => {
  expect((await page.request.get(`${webUrl()}/api/reporting/public/results/1`)).status()).toBe(200);
  expect((await page.request.get(`${webUrl()}/api/reporting/public/results/4`)).status()).toBe(400);
  expect((await page.request.get(`${webUrl()}/api/reporting/figures?projectYear=1&level=objective`)).status()).toBe(401);
  expect((await page.request.get(`${webUrl()}/api/reporting/public/results/1/../../statuses?governmentCode=44021`)).status()).not.toBe(200);
  expect((await page.request.post(`${webUrl()}/api/reporting/public/results/1`, { data: {} })).status()).toBe(403);
  await page.goto(`${webUrl()}/bestuur/rapporteren`);
  await expect(page.getByRole('heading', { name: 'Aanmelden als ontwikkelaar' })).toBeVisible();
});
