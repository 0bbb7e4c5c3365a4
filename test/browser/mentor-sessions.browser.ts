import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiCall, expectAccessible, screenshots, signIn, webUrl } from './role-helpers.js';

/** Mechelen's mentorship on action 22 (Pleinmakers) in project year 1, as npm start's demo data applies for it. */
const NETWORK = 'network-12025-A22-PJ1';

/** The network exists once Mechelen's application is decided with its mentorship; ABB decides it here unless that happened already. */
const ensureNetwork = async (abb: Page): Promise<void> => {
  const opened = async () =>
    (await apiCall<{ id: string }[]>(abb, 'GET', '/api/mentorships/networks')).body.some((network) => network.id === NETWORK);
  if (await opened()) return;
  const { body: list } = await apiCall<
    { id: string; governmentCode: string; status: string; lines: { indicatorCode: string; additionalReach: number }[] }[]
  >(abb, 'GET', '/api/applications/applications');
  const mechelen = list.find((application) => application.governmentCode === '12025');
  expect(mechelen, "Mechelen's application (npm start's demo data)").toBeDefined();
  if (mechelen!.status === 'submitted') {
    const decided = await apiCall(abb, 'POST', `/api/applications/applications/${mechelen!.id}/decision`, {
      lines: mechelen!.lines.map((line) => ({ indicatorCode: line.indicatorCode, approvedAdditionalReach: line.additionalReach })),
      stimuli: [{ kind: 'mentorship', actionNumber: 22, granted: true }],
    });
    expect(decided.status).toBe(202);
  }
  await expect.poll(opened, { timeout: 30_000, message: `learning network ${NETWORK} opened` }).toBe(true);
};

test('a mentor invites a suggested government, plans, changes and cancels sessions, and records attendance', async ({ browser }) => {
  // Three browsers (ABB, the mentor, Gent) and three sessions through the broker: more than the default minute here.
  test.setTimeout(180_000);
  const abb = await (await browser.newContext()).newPage();
  await signIn(abb, { role: 'abb' });
  await ensureNetwork(abb);

  const mentor = await (await browser.newContext()).newPage();
  await signIn(mentor, { role: 'mentor', network: NETWORK });
  await mentor.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn lerende netwerken' }).click();
  await expect(mentor.getByRole('heading', { name: 'Lerend netwerk actie 22, projectjaar 1' })).toBeVisible({ timeout: 15_000 });
  await expectAccessible(mentor);

  // Gent has a target on action 22: suggested, and invited.
  const suggestions = mentor.getByRole('list', { name: 'Voorgestelde leden' });
  await expect(suggestions.getByRole('listitem').filter({ hasText: '44021' })).toBeVisible();
  await suggestions.getByRole('button', { name: 'Uitnodigen: 44021' }).click();
  await expect(mentor.getByRole('grid', { name: 'Uitnodigingen en leden' }).getByRole('row', { name: /44021/ })).toContainText(
    'Uitgenodigd',
  );

  // Gent accepts in its own browser.
  const gent = await (await browser.newContext()).newPage();
  await signIn(gent, { role: 'government', org: '44021' });
  await gent.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Lerende netwerken' }).click();
  await expect(gent.getByText('Jouw deelname: Uitgenodigd')).toBeVisible();
  await expectAccessible(gent);
  await gent.getByRole('button', { name: 'Uitnodiging aanvaarden' }).click();
  await expect(gent.getByText('Jouw deelname: Lid')).toBeVisible();

  // The mentor plans a session now (programme time): checked while typing, then planned.
  await mentor.reload();
  await mentor.getByRole('button', { name: 'Nieuwe sessie plannen' }).click();
  const plan = mentor.getByRole('form', { name: 'Sessie plannen' });
  await plan.getByRole('button', { name: 'Sessie plannen' }).click();
  await expect(plan.getByText('Geef de sessie een titel.')).toBeVisible();
  await expect(plan.getByText('Geef een plaats, een onlinelink of allebei.')).toBeVisible();
  await plan.getByLabel('Titel').fill('Startsessie Pleinmakers');
  await plan.getByLabel('Plaats', { exact: true }).fill('Stadhuis Mechelen');
  await plan.getByLabel('Aantal plaatsen').fill('12');
  await expectAccessible(mentor);
  await plan.getByRole('button', { name: 'Sessie plannen' }).click();
  const sessions = mentor.getByRole('list', { name: 'Sessies van het netwerk' });
  const first = sessions.getByRole('listitem').filter({ hasText: 'Startsessie Pleinmakers' });
  await expect(first).toContainText('van 12 plaatsen');
  const code = (await first
    .getByText(/Aanwezigheidscode:/)
    .locator('strong')
    .textContent())!.trim();
  expect(code).toMatch(/^\S{4,}$/);
  await mentor.screenshot({ path: path.join(screenshots, 'mentor-network.png'), fullPage: true });

  // Gent registers and confirms its attendance with the code.
  await gent.reload();
  await gent.getByRole('button', { name: 'Inschrijven voor Startsessie Pleinmakers' }).click();
  await expect(gent.getByText('Je bent ingeschreven.')).toBeVisible();
  await gent.getByLabel('Aanwezigheidscode (Startsessie Pleinmakers)').fill('FOUT99');
  await gent.getByRole('button', { name: 'Aanwezigheid bevestigen' }).click();
  await expect(gent.getByText(/not the attendance code/)).toBeVisible();
  await gent.getByLabel('Aanwezigheidscode (Startsessie Pleinmakers)').fill(code);
  await gent.getByRole('button', { name: 'Aanwezigheid bevestigen' }).click();
  await expect(gent.getByText(/Je bent ingeschreven; aanwezig op/)).toBeVisible();
  await expectAccessible(gent);
  await gent.screenshot({ path: path.join(screenshots, 'government-networks.png'), fullPage: true });

  await mentor.reload();
  await expect(mentor.getByRole('table', { name: 'Aanwezigheid, Startsessie Pleinmakers' })).toContainText('Ja (met de code)');

  // A second session: the mentor changes it and records Gent's attendance itself; a third is cancelled.
  for (const title of ['Werkbezoek plein', 'Slotmoment']) {
    await mentor.getByRole('button', { name: 'Nieuwe sessie plannen' }).click();
    const form = mentor.getByRole('form', { name: 'Sessie plannen' });
    await form.getByLabel('Titel').fill(title);
    await form.getByLabel('Onlinelink').fill('https://meet.example/pleinmakers');
    await form.getByRole('button', { name: 'Sessie plannen' }).click();
    await expect(sessions.getByRole('listitem').filter({ hasText: title })).toBeVisible();
  }
  const second = sessions.getByRole('listitem').filter({ hasText: 'Werkbezoek plein' });
  await second.getByRole('button', { name: 'Wijzigen: Werkbezoek plein' }).click();
  const change = mentor.getByRole('form', { name: 'Sessie Werkbezoek plein wijzigen' });
  await change.getByLabel('Aantal plaatsen').fill('8');
  await change.getByRole('button', { name: 'Wijziging bewaren' }).click();
  await expect(second).toContainText('van 8 plaatsen');
  await second.getByRole('button', { name: 'Aanwezig: 44021' }).click();
  await expect(mentor.getByRole('table', { name: 'Aanwezigheid, Werkbezoek plein' })).toContainText('Ja (door de mentor)');
  const third = sessions.getByRole('listitem').filter({ hasText: 'Slotmoment' });
  await third.getByRole('button', { name: 'Annuleren: Slotmoment' }).click();
  await expect(third).toContainText('(geannuleerd)');

  // Progress: Gent attended two sessions.
  await mentor.reload();
  await expect(mentor.getByRole('grid', { name: 'Voortgang van de leden' }).getByRole('row', { name: /44021/ })).toContainText('2');
  await expectAccessible(mentor);
  await mentor.screenshot({ path: path.join(screenshots, 'mentor-sessions.png'), fullPage: true });
});

test('a mentor may not manage another network nor read governments or money directly', async ({ page }) => {
  await signIn(page, { role: 'mentor', network: NETWORK });
  expect((await page.request.get(`${webUrl()}/api/mentorships/networks/network-44021-A05-PJ1`)).status()).toBeGreaterThanOrEqual(403);
  expect((await page.request.get(`${webUrl()}/api/reporting/statuses?governmentCode=44021&projectYear=1`)).status()).toBe(403);
  expect((await page.request.get(`${webUrl()}/api/budgeting/money/overview?projectYear=1`)).status()).toBe(403);
  const planned = await apiCall(page, 'POST', '/api/mentorships/networks/network-44021-A05-PJ1/sessions', {
    title: 'Niet van mij',
    startsAt: '2022-10-10T08:00:00.000Z',
    endsAt: '2022-10-10T10:00:00.000Z',
    place: 'Gent',
    capacity: 5,
  });
  // Refused either way: not its network (403), or no such network (404) before anything is planned.
  expect([403, 404]).toContain(planned.status);
  await page.goto(`${webUrl()}/bestuur/rapporteren`);
  await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
});
