import { expect, test } from '@playwright/test';
import { expectAccessible, openFromNav, shoot, signIn } from './abb-support.js';

test('ABB decides the call in the browser: Mechelen beside the proposal, a lower amount only with a reason', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  await openFromNav(page, 'Oproepen', 'Oproepen');
  const call = page.getByRole('row', { name: /Oproep Plan Samenleven projectjaar 1/ });
  await expect(call).toContainText('Gesloten');
  await expectAccessible(page);
  await shoot(page, 'abb-calls');

  await call.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Oproep Plan Samenleven projectjaar 1', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Toewijzingsvoorstel' })).toBeVisible();
  const mechelen = page.getByRole('region', { name: /Aanvraag Mechelen/ });
  await expect(mechelen).toContainText('Ingediend, wacht op beslissing');
  // Gent and Antwerpen were decided before (the browser stack): their decisions are shown, not a form.
  await expect(page.getByRole('region', { name: /Aanvraag Gent/ })).toContainText('Beslist');
  await expect(page.getByRole('region', { name: /Aanvraag Gent/ }).getByRole('button')).toHaveCount(0);
  const a05 = mechelen.getByRole('row', { name: /^A05/ });
  // Requested 800 extra; the proposal beside it.
  await expect(a05.getByRole('cell').nth(1)).toHaveText('800');
  await expectAccessible(page);
  await shoot(page, 'abb-call-decision');

  // A lower amount without a reason is refused in the page; nothing is sent.
  await mechelen.getByLabel('Lager bedrag in euro A05, Mechelen').fill('40.000,00');
  await mechelen.getByRole('button', { name: /Beslissing met aanpassingen vastleggen/ }).click();
  await expect(mechelen.getByRole('alert')).toHaveText('A05: geef een reden voor het lagere aantal of bedrag.');
  await expect(mechelen).toContainText('Ingediend, wacht op beslissing');

  // By keyboard: the reason, past A22's three fields and the first button to the second.
  await mechelen.getByLabel('Reden A05, Mechelen').focus();
  await page.keyboard.type('Een deel van de lessen overlapt met het aanbod van de provincie.');
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('Tab');
  await expect(mechelen.getByRole('button', { name: /Beslissing met aanpassingen vastleggen/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mechelen.getByRole('status')).toContainText('De beslissing voor Mechelen is vastgelegd');
  // Budgeting commits it; the page follows until the decision is final, with the lower amount and its reason.
  await expect(mechelen).toContainText('Beslist', { timeout: 20_000 });
  const decided = mechelen.getByRole('row', { name: /^A05/ });
  await expect(decided).toContainText('€ 40.000,00');
  await expect(decided).toContainText('Een deel van de lessen overlapt');
  await expectAccessible(page);
});

test('ABB opens a call for project year 2 by keyboard and closes it again', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  await openFromNav(page, 'Oproepen', 'Oproepen');
  const form = page.getByRole('region', { name: 'Nieuwe oproep openen' });
  // A date that is no date is refused in the page.
  await form.getByLabel('Projectjaar').fill('2');
  await form.getByLabel('Titel').fill('Oproep Plan Samenleven projectjaar 2');
  await form.getByLabel('Opent op').fill('1 juni');
  await form.getByLabel('Sluit op').fill('2023-07-15');
  await form.getByLabel('Sluit op').press('Enter');
  await expect(form.getByText('Geef een datum als JJJJ-MM-DD.')).toBeVisible();
  await form.getByLabel('Opent op').fill('2023-06-01');
  await form.getByLabel('Opent op').press('Enter');
  await expect(form.getByRole('status')).toHaveText('De oproep „Oproep Plan Samenleven projectjaar 2” is geopend.');
  const call = page.getByRole('row', { name: /Oproep Plan Samenleven projectjaar 2/ });
  // The end of 15 July in Brussels.
  await expect(call).toContainText('Open');
  await expect(call).toContainText('16 jul 2023, 00:00');
  await expectAccessible(page);

  await call.getByRole('button', { name: /^Oproep sluiten/ }).click();
  await expect(call).toContainText('Gesloten');
  await expect(call.getByRole('button')).toHaveCount(0);
});
