import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './abb-support.js';

test('ABB sees the governments behind, filters the list, saves the filter and applies it again', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  await page.getByRole('link', { name: 'Naar het dashboard van het programma' }).click();
  await expect(page.getByRole('heading', { name: 'Besturen die achterlopen' })).toBeVisible();
  const table = page.getByRole('table', { name: /Besturen die achterlopen, projectjaar 1/ });
  // The stack's Gent interim report: 150 of 500 on A05 is behind what was expected by the end of March.
  const gentA05 = table.getByRole('row', { name: /44021.*A05.*PJ1-INTERIM/ });
  await expect(gentA05).toBeVisible();
  await expect(gentA05).toContainText('Loopt achter');
  await expect(gentA05.getByRole('cell').last()).toHaveText('Nee');
  await expectAccessible(page);

  // A filter that leaves nothing, then one that finds Gent again, saved under a name.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Niet gerapporteerd' });
  await expect(gentA05).toHaveCount(0);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Loopt achter' });
  await page.getByLabel('Zoeken op bestuur').fill('44021');
  await expect(gentA05).toBeVisible();
  await page.getByLabel('Naam van de filter').fill('Gent loopt achter');
  await page.getByLabel('Naam van de filter').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Filter "Gent loopt achter" bewaard.' })).toBeVisible();

  // Cleared, then applied again by keyboard from the saved list; it survives a reload (the browser's localStorage).
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(page.getByLabel('Zoeken op bestuur')).toHaveValue('');
  await page.reload();
  const apply = page.getByRole('button', { name: 'Toepassen: Gent loopt achter' });
  await apply.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Zoeken op bestuur')).toHaveValue('44021');
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('lagging');
  await expect(gentA05).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Verwijderen: Gent loopt achter' }).click();
  await expect(apply).toHaveCount(0);
});
