import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible, screenshots, signIn, webUrl } from './role-helpers.js';

test('a government officer sees its award, declares its co-financing and asks for an amendment, all checked while typing', async ({
  page,
}) => {
  await signIn(page, { role: 'government', org: '44021' });
  await page.goto(`${webUrl()}/bestuur`);
  // Gent's decision: A05 and A22 as requested.
  const award = page.getByRole('grid', { name: 'Toekenning per indicator, projectjaar 1' });
  await expect(award.getByRole('row', { name: /A05/ })).toContainText('400');
  await expect(page.getByText(/Toegekend voor projectjaar 1:/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Cofinanciering' }).click();
  await expect(page.getByRole('heading', { name: 'Cofinanciering van bestuur 44021, projectjaar 1' })).toBeVisible();
  await expect(page.getByText('Nog niet aangegeven')).toBeVisible();
  const amount = page.getByLabel('Bedrag in euro');
  await amount.fill('twaalf');
  await page.getByRole('button', { name: 'Aangeven' }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Zeg waar de cofinanciering vandaan komt.')).toBeVisible();
  await amount.fill('1.000,00');
  await page.getByLabel('Bron').fill('Eigen middelen, begrotingsartikel 0710/123-48');
  await page.getByRole('button', { name: 'Aangeven' }).click();
  await expect(page.getByText(/Aangegeven: €\s1\.000,00/)).toBeVisible();
  await expect(page.getByText(/Er blijft een tekort van|De verplichting is gedekt/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: path.join(screenshots, 'government-cofinancing.png'), fullPage: true });

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Wijzigingsaanvragen' }).click();
  await expect(page.getByRole('heading', { name: 'Wijzigingsaanvragen van bestuur 44021' })).toBeVisible();
  const reach = page.getByLabel(/A05: nieuw bijkomend bereik/);
  await reach.fill('3,5');
  await expect(reach).toHaveAttribute('aria-invalid', 'true');
  await reach.fill('300');
  await page.getByRole('button', { name: 'Wijziging aanvragen' }).click();
  await expect(page.getByText('Zeg waarom het bereik verandert.')).toBeVisible();
  await page.getByLabel('Reden van de wijziging').fill('Minder deelnemers door de verhuis van het buurthuis.');
  await page.getByRole('button', { name: 'Wijziging aanvragen' }).click();
  await expect(page.getByText('Je wijzigingsaanvraag is ingediend; ABB beoordeelt ze.')).toBeVisible();
  await expect(
    page.getByRole('grid', { name: 'Wijzigingsaanvragen, projectjaar 1' }).getByRole('row').filter({ hasText: 'A05: 300' }),
  ).toContainText('Aangevraagd');
  await expectAccessible(page);
  await page.screenshot({ path: path.join(screenshots, 'government-amendments.png'), fullPage: true });
});
