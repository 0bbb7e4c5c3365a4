import { expect, test } from '@playwright/test';
import { expectAccessible, openFromNav, shoot, signIn } from './abb-support.js';

const HEADER = 'code;kboNumber;name;province;inhabitants;nonEuOriginInhabitants;contactName;contactEmail;contactPhone;contactRole';
const csvFile = (...rows: string[]) => ({
  name: 'register.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows, ''].join('\n')),
});

test('ABB imports the register from CSV: every error by row and field first, nothing imported until it confirms', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  await openFromNav(page, 'Register', 'Register van lokale besturen');
  await page.getByLabel('Zoeken op naam of code').fill('Gent');
  await expect(page.getByRole('row', { name: /^44021 Gent/ })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByLabel('CSV-bestand')
    .setInputFiles(csvFile('44021;0207451228;;;;;;;;', '11002;;;;;;Iemand;geen-adres;;primary', '99001;;;;;;;;;'));
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  const problems = page.getByRole('alert').getByRole('table');
  await expect(problems.getByRole('row')).toHaveCount(5);
  await expect(problems.getByRole('row', { name: /^2 kboNumber/ })).toContainText('check digits do not match');
  await expect(problems.getByRole('row', { name: /^3 contactEmail/ })).toContainText('geen-adres is not an e-mail address');
  await expect(problems.getByRole('row', { name: /^4 name/ })).toBeVisible();
  await expect(problems.getByRole('row', { name: /^4 province/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nu importeren' })).toHaveCount(0);
  await expectAccessible(page);
  await shoot(page, 'abb-register');
  // Nothing of it was imported.
  await page.getByLabel('Zoeken op naam of code').fill('11002');
  await expect(page.getByRole('row', { name: /^11002 Antwerpen/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^11002 Antwerpen/ })).not.toContainText('Iemand');

  await page
    .getByLabel('CSV-bestand')
    .setInputFiles(csvFile('99001;;Nieuwe Gemeente;Limburg;12000;;Contact;contact@nieuw.example;;primary'));
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Geen fouten. De import zou 1 nieuwe besturen toevoegen, 0 wijzigen en 0 ongewijzigd laten.',
  );
  await page.getByLabel('Zoeken op naam of code').fill('Nieuwe');
  await expect(page.getByRole('row', { name: /^99001/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Nu importeren' }).click();
  await expect(page.getByRole('status')).toHaveText('Geïmporteerd: 1 nieuw, 0 gewijzigd, 0 ongewijzigd.');
  await expect(page.getByRole('row', { name: /^99001 Nieuwe Gemeente/ })).toContainText('contact@nieuw.example');
});

// Playwright runs the files in name order on one worker: abb-money.browser.ts has released Gent's advance by now.
test('ABB finds the e-mail of a released payment in the delivery records', async ({ page }) => {
  await signIn(page, 'Medewerker ABB');
  await openFromNav(page, 'Verzonden berichten', 'Verzonden berichten');
  await page.getByLabel('Bestuur (NIS-code)').fill('44021');
  // The e-mail to Gent's contact (the inbox gets one too).
  const released = page
    .getByRole('row', { name: /Betaling uitgevoerd/ })
    .filter({ hasText: 'e-mail: samenleven@44021.example' })
    .first();
  await expect(released).toContainText('uitbetaald (voorschot, projectjaar 1)');
  await expect(released).toContainText(/verstuurd|in de wachtrij|wordt verstuurd/);
  await expectAccessible(page);
  await shoot(page, 'abb-deliveries');
});
