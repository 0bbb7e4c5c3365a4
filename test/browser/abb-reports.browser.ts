import { expect, test } from '@playwright/test';
import { expectAccessible, openFromNav, shoot, signIn } from './abb-support.js';

test('ABB asks Gent for changes to its interim report with a comment per indicator', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  await openFromNav(page, 'Rapporten', 'Rapporten te beoordelen');
  const report = page.getByRole('region', { name: 'Rapport PJ1-INTERIM van 44021 (versie 1)' });
  await expect(report.getByRole('row', { name: /^A05/ })).toContainText('150');
  await expectAccessible(page);
  await shoot(page, 'abb-reports');

  // Changes without saying which is refused in the page.
  await report.getByRole('button', { name: /Aanpassingen vragen/ }).click();
  await expect(report.getByRole('alert')).toContainText('Geef bij minstens één indicator een opmerking');
  await report.getByLabel('Opmerking A05, 44021 PJ1-INTERIM').fill('Tel de deelnemers van de zomerreeks mee.');
  await report.getByLabel('Opmerking A22, 44021 PJ1-INTERIM').fill('Welke twee pleinen?');
  await report.getByRole('button', { name: /Aanpassingen vragen/ }).click();
  await expect(report).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Beoordeeld' })).toContainText('44021 PJ1-INTERIM versie 1: aanpassingen gevraagd');
  await expectAccessible(page);
});

test('ABB sees the deadlines and which returns are overdue on the programme date', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  await openFromNav(page, 'Termijnen', 'Termijnen en laattijdige rapporten');
  const table = page.getByRole('table');
  // Gent and Antwerpen each owe an interim and an annual return for project year 1.
  await expect(table.getByRole('row', { name: /44021 PJ1-INTERIM/ })).toContainText('ja');
  await expect(table.getByRole('row', { name: /11002 PJ1-ANNUAL/ })).toContainText('nee');
  await expectAccessible(page);
  await shoot(page, 'abb-deadlines');
});
