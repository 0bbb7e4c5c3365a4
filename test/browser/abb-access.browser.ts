import { expect, test } from '@playwright/test';
import { csrfToken, expectAccessible, openFromNav, shoot, signIn, webUrl } from './abb-support.js';

const ABB_PAGES = ['/abb/oproepen', '/abb/geld', '/abb/betalingen', '/abb/rapporten', '/abb/termijnen', '/abb/sjablonen', '/abb/datum'];

test('a government is refused every ABB page, and the services refuse it ABB actions', async ({ page }) => {
  await signIn(page, 'Lokaal bestuur', '44021');
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Oproepen' })).toHaveCount(0);
  for (const path of ABB_PAGES) {
    await page.goto(`${webUrl()}${path}`);
    await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
  }
  await expectAccessible(page);
  const headers = { 'x-csrf-token': await csrfToken(page) };
  // Past the CSRF check, the services themselves refuse: releasing payments, closing calls, editing templates.
  expect((await page.request.post(`${webUrl()}/api/budgeting/payments/release-due`, { headers, data: { projectYear: 1 } })).status()).toBe(
    403,
  );
  expect((await page.request.post(`${webUrl()}/api/applications/calls`, { headers, data: {} })).status()).toBe(403);
  expect(
    (
      await page.request.put(`${webUrl()}/api/notifications/templates/reminder`, {
        headers,
        data: { subject: 'x', text: 'x', html: 'x', reason: 'x' },
      })
    ).status(),
  ).toBe(403);
});

test('what ABB may not do: report for a government, or move the programme clock back; forward it may', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  const headers = { 'x-csrf-token': await csrfToken(page) };
  const report = await page.request.post(`${webUrl()}/api/reporting/reports`, {
    headers,
    data: { governmentCode: '44021', periodCode: 'PJ1-INTERIM', results: [{ indicatorCode: 'A05', achieved: 1 }] },
  });
  expect(report.status()).toBe(403);
  expect((await page.request.get(`${webUrl()}/api/applications/calls`)).status()).toBe(200);

  // The clock page says why a move backwards is refused, and the date stays.
  await openFromNav(page, 'Datum programma', 'Datum van het programma');
  const before = await page.locator('.vl-lead strong').textContent();
  await page.getByLabel('Naar datum').fill('2022-01-01');
  await page.getByRole('button', { name: 'Datum verzetten' }).click();
  await expect(page.getByRole('alert')).toContainText('Niet gelukt');
  await expect(page.locator('.vl-lead strong')).toHaveText(before!);
  // Forward is what the clock is for (outside production).
  await page.getByLabel('Naar datum').fill('');
  await page.getByLabel('Of vooruit met').fill('1d');
  await page.getByRole('button', { name: 'Datum verzetten' }).click();
  await expect(page.getByRole('status')).toContainText(`Verzet van ${before!}`);
  await expect(page.locator('.vl-lead strong')).not.toHaveText(before!);
  await expectAccessible(page);
  await shoot(page, 'abb-clock');
});
