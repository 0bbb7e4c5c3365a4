import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { apiCall, expectAccessible, screenshots, signIn, webUrl } from './role-helpers.js';

/** The template's A05 row, with the total set to what the officer types there. */
const fillTemplate = async (file: string, achieved: string | number, out: string): Promise<void> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await readFile(file)).buffer);
  const sheet = workbook.getWorksheet('Rapportering')!;
  sheet.eachRow((row) => {
    if (row.getCell('A').value === 'A05') row.getCell('D').value = achieved;
  });
  await writeFile(out, Buffer.from(await workbook.xlsx.writeBuffer()));
};

const statusRow = (page: Page, code: string) =>
  page.getByRole('grid', { name: /Doelen en status per indicator/ }).getByRole('row', { name: new RegExp(code) });

test.describe.configure({ mode: 'serial' });

test('a government officer reports by form: checked while typing, a draft kept, a new version, its status on track', async ({ page }) => {
  await signIn(page, { role: 'government', org: '44021' });
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Rapporteren' }).click();
  await expect(page.getByRole('heading', { name: 'Rapporteren voor bestuur 44021' })).toBeVisible();
  // The form starts from the version that counts: Gent's interim report of 150 and 1.
  const a05 = page.getByLabel('Aantal tot nu toe (A05)');
  await expect(a05).toHaveValue('150');
  await expect(page.getByRole('grid', { name: /Versies van het rapport/ }).getByRole('row')).toHaveCount(2);
  await expectAccessible(page);

  // Checked while typing: an empty total blocks, nil and a figure together block, a figure behind only warns.
  await a05.fill('');
  await expect(a05).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Vul het aantal tot nu toe in, of kies nihil als er nog niets te tellen is.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rapport indienen' })).toBeDisabled();
  await a05.fill('40');
  await expect(a05).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Let op: minder dan 25% van de doelstelling van 500/)).toBeVisible();
  await page.getByText('Nihil (A22): nog niets te tellen').click();
  await expect(page.getByText('Kies nihil of vul een aantal in, niet allebei.')).toBeVisible();
  await page.getByLabel('Aantal tot nu toe (A22)').fill('');
  // Nil is not 0: a nil A22 is valid, as is A05's 0.
  await a05.fill('0');
  await expect(page.getByRole('status').filter({ hasText: /Geen fouten/ })).toBeVisible();
  await expectAccessible(page);

  // A draft is kept (in this browser) and comes back after a reload.
  await a05.fill('420');
  await page.getByLabel('Motivering (A05)').fill('Tweede lessenreeks gestart in september.');
  await page.getByRole('button', { name: 'Concept bewaren' }).click();
  await expect(page.getByText(/Concept bewaard op/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Aantal tot nu toe (A05)')).toHaveValue('420');
  await expect(page.getByRole('checkbox', { name: 'Nihil (A22): nog niets te tellen' })).toBeChecked();
  await page.screenshot({ path: path.join(screenshots, 'government-report-form.png'), fullPage: true });

  // By keyboard: focus the submit button and press Enter.
  await page.getByRole('button', { name: 'Rapport indienen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Versie 2 van je rapport over PJ1-INTERIM is per formulier ingediend/)).toBeVisible();
  await expect(page.getByRole('grid', { name: /Versies van het rapport/ }).getByRole('row')).toHaveCount(3);
  await expect(page.getByText(/Concept bewaard op/)).toHaveCount(0);

  // Its status follows through reporting's target check: 420 of 500 is on track.
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn doelen en status' }).click();
  await expect(async () => {
    await page.reload();
    await expect(statusRow(page, 'A05')).toContainText('420', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(statusRow(page, 'A05')).toContainText(/Op schema|Behaald/);
  await expectAccessible(page);
});

test('a government officer reports by Excel: errors by sheet and cell, then a lagging figure and the message in its inbox', async ({
  page,
}, testInfo) => {
  // Two uploads, the target check and the notification through the broker: more than the default minute on this machine.
  test.setTimeout(150_000);
  await signIn(page, { role: 'government', org: '44021' });
  await page.goto(`${webUrl()}/bestuur/rapporteren`);
  await expect(page.getByRole('heading', { name: 'Rapporteren met Excel' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel-sjabloon downloaden' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('rapportering-44021-PJ1-INTERIM.xlsx');
  const template = testInfo.outputPath('template.xlsx');
  await download.saveAs(template);

  // A word where a number belongs: refused, with the sheet and cell named in a table; nothing stored.
  const wrong = testInfo.outputPath('wrong.xlsx');
  await fillTemplate(template, 'veel', wrong);
  await page.getByLabel('Ingevuld sjabloon (.xlsx)').setInputFiles(wrong);
  await page.getByRole('button', { name: 'Bestand opladen' }).click();
  const problems = page.getByRole('grid', { name: 'Fouten in het opgeladen bestand, per blad en cel' });
  await expect(problems.getByRole('row').nth(1)).toContainText('Rapportering');
  await expect(problems.getByRole('row').nth(1)).toContainText(/D\d+/);
  await expectAccessible(page);
  await page.screenshot({ path: path.join(screenshots, 'government-excel-errors.png'), fullPage: true });

  // 130 of 500, where about 249 was expected by the end of the interim period: lagging (below 80% of it), though
  // above the 25% under which the interim review would flag it at risk.
  const right = testInfo.outputPath('right.xlsx');
  await fillTemplate(template, 130, right);
  await page.getByLabel('Ingevuld sjabloon (.xlsx)').setInputFiles(right);
  await page.getByRole('button', { name: 'Bestand opladen' }).click();
  await expect(page.getByText(/Versie 3 van je rapport over PJ1-INTERIM is met Excel ingediend/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn doelen en status' }).click();
  await expect(async () => {
    await page.reload();
    await expect(statusRow(page, 'A05')).toContainText('Achterstand', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.screenshot({ path: path.join(screenshots, 'government-status-lagging.png'), fullPage: true });

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Berichten' }).click();
  await expect(page.getByRole('heading', { name: 'Berichten van bestuur 44021' })).toBeVisible();
  const lagging = page.getByRole('listitem').filter({ hasText: 'Achterstand op een indicator' }).filter({ hasText: 'A05' });
  await expect(async () => {
    await page.reload();
    await expect(lagging.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(page);
  await page.screenshot({ path: path.join(screenshots, 'government-inbox.png'), fullPage: true });
  await lagging
    .first()
    .getByRole('button', { name: /Markeer als gelezen/ })
    .click();
  await expect(lagging.first().getByRole('button', { name: /Markeer als gelezen/ })).toHaveCount(0);

  // Preferences: a lagging message cannot be switched off; a reminder by e-mail can.
  await expect(page.getByRole('checkbox', { name: /E-mail: Achterstand op een indicator \(altijd aan\)/ })).toBeDisabled();
  const reminder = page.getByRole('checkbox', { name: 'E-mail: Herinnering aan een rapport' });
  await page.getByText('E-mail: Herinnering aan een rapport').click();
  await expect(page.getByText('Voorkeur bewaard.')).toBeVisible();
  await expect(reminder).not.toBeChecked();
});

test('a government officer may not act for another government, nor as ABB or mentor', async ({ page }) => {
  await signIn(page, { role: 'government', org: '44021' });
  // The page shows its own government whatever code is asked for; the APIs refuse the other's data.
  await page.goto(`${webUrl()}/bestuur/rapporteren?code=11002`);
  await expect(page.getByRole('heading', { name: 'Rapporteren voor bestuur 44021' })).toBeVisible();
  expect((await page.request.get(`${webUrl()}/api/reporting/reports?governmentCode=11002`)).status()).toBe(403);
  expect((await page.request.get(`${webUrl()}/api/notifications/inbox?governmentCode=11002`)).status()).toBe(403);
  const foreign = await apiCall(page, 'POST', '/api/reporting/reports', {
    governmentCode: '11002',
    periodCode: 'PJ1-INTERIM',
    results: [{ indicatorCode: 'A05', achieved: 1 }],
  });
  expect(foreign.status).toBe(403);
  const review = await apiCall(page, 'POST', '/api/reporting/reports/00000000-0000-4000-8000-000000000000/review', {
    outcome: 'accepted',
    comments: [],
  });
  expect(review.status).toBe(403);
  await page.goto(`${webUrl()}/mentor`);
  await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
});
