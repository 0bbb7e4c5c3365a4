import { expect, test } from '@playwright/test';
import { expectAccessible, openFromNav, shoot, signIn } from './abb-support.js';

test('ABB edits a template with a preview, saves it with a reason and finds the revision', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  await openFromNav(page, 'Sjablonen', 'Sjablonen van berichten');
  await page.getByRole('navigation', { name: 'Soort bericht' }).getByRole('link', { name: 'Betaling uitgevoerd' }).click();
  await expect(page.getByRole('heading', { name: 'Betaling uitgevoerd', level: 2 })).toBeVisible();
  await expectAccessible(page);

  const subject = page.getByLabel('Onderwerp');
  await subject.fill('Plan Samenleven: we betaalden {{amount}} uit');
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const preview = page.getByRole('region', { name: 'Voorbeeld' });
  // The example of the kind fills the variable; nothing is kept yet.
  await expect(preview).toContainText('Plan Samenleven: we betaalden EUR ');
  await expect(preview).not.toContainText('{{amount}}');
  await expect(page.getByRole('region', { name: 'Versies' })).toContainText('Nog nooit aangepast.');
  await expectAccessible(page, { iframes: false });
  await shoot(page, 'abb-templates');

  // Saving needs a reason.
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('alert')).toContainText('Geef een reden');
  await page.getByLabel('Reden van de wijziging').fill('Korter onderwerp');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('status')).toContainText('de nieuwe tekst geldt meteen');
  await expect(page.getByRole('region', { name: 'Versies' })).toContainText('Korter onderwerp');
  await expect(page.getByLabel('Onderwerp')).toHaveValue('Plan Samenleven: we betaalden {{amount}} uit');
  await expectAccessible(page, { iframes: false });
});
