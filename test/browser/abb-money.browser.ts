import { expect, test } from '@playwright/test';
import { expectAccessible, openFromNav, shoot, signIn } from './abb-support.js';

test('ABB releases a due payment, then the chosen ones, and sees them in the overview and the ledger', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  await openFromNav(page, 'Betalingen', 'Betalingen die vervallen zijn');
  // The advances of Gent's and Antwerpen's decisions (the browser stack) fell due with them.
  const gent = page.getByRole('row', { name: /44021/ });
  const antwerpen = page.getByRole('row', { name: /11002/ });
  await expect(gent).toContainText('€');
  await expect(antwerpen).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'abb-payments');

  await gent.getByRole('button', { name: /Uitbetalen/ }).click();
  await expect(page.getByRole('status')).toHaveText('1 betaling(en) uitbetaald en geboekt.');
  await expect(gent).toHaveCount(0);

  // Several at once: choose with the checkbox (by keyboard), then release the chosen ones.
  await antwerpen.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Gekozen betalingen uitbetalen (1)' }).click();
  await expect(antwerpen).toHaveCount(0);

  await openFromNav(page, 'Budget en geld', 'Budget en geld');
  await expect(page.getByText('Grootboek in evenwicht.')).toBeVisible();
  const paid = page.getByRole('definition').nth(2);
  await expect(paid).not.toHaveText('€ 0,00');
  await page.getByRole('link', { name: '44021', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Grootboek van 44021' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Grootboek van 44021' }).getByRole('row')).not.toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Voorstellen tot terugvordering' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'abb-money');
});
