/**
 * The 9480 form by keyboard alone (no mouse: Tab, typing, Space, arrows, Enter), and axe-core on
 * the pages and states the flows in order-9480.test.ts do not pass through: empty lists, a
 * chef's form with errors, the service desk's queue, the page that does not exist.
 */
import type { Browser } from 'playwright-core';
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { expectAccessible, launchBrowser, openPage, tabTo } from '../support/browser';
import { uniquePersonnummer } from '../support/personnummer';
import { startSystem, type RunningSystem } from '../support/system';

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

test('a beställare logs in and files a 9480 order with the keyboard alone', async () => {
  const page = await openPage(browser, system.api);
  await page.goto('/app/logga-in');
  await page.waitForSelector(`[data-test="persona-${PERSON.bestallareKarin}"]`);
  await tabTo(page, `[data-test="persona-${PERSON.bestallareKarin}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-test="blankett-9480"]');

  const personnummer = uniquePersonnummer();
  await tabTo(page, '#falt-user-employerId');
  await page.keyboard.type('Norrviks kommun'); // a focused select picks the option typed
  await expect(page.inputValue('#falt-user-employerId')).resolves.toBe(ORG.norrvikKommun);
  await tabTo(page, `#forbund-${FORBUND.norrvik}`);
  await page.keyboard.press('Space');
  await tabTo(page, '#roll-FORBUNDSADMINISTRATOR');
  await page.keyboard.press('ArrowDown'); // arrows move within a radio group: Deltagaransvarig
  await tabTo(page, '#skyddad-nej');
  await page.keyboard.press('Space');
  for (const [field, text] of [
    ['#falt-user-personnummer', personnummer],
    ['#falt-user-givenName', 'Tangent'],
    ['#falt-user-familyName', `Bordsson${personnummer.slice(-4)}`],
    ['#falt-user-email', `tangent.${personnummer.slice(-4)}@norrvik.example`],
  ] as const) {
    await tabTo(page, field);
    await page.keyboard.type(text);
  }
  await tabTo(page, '[data-test="skicka"]');
  await page.keyboard.press('Enter');

  await page.waitForSelector('[data-test="kvitto"]');
  await expect(page.locator('[data-test="kvitto"]').innerText()).resolves.toContain(`Tangent Bordsson${personnummer.slice(-4)}`);
  expect(page.errors).toEqual([]);
});

test('axe-core: empty lists, a chef’s form with errors, the service desk’s queue, an unknown page', async () => {
  const page = await openPage(browser, system.api);
  await page.goto('/app/finns-inte');
  await page.waitForSelector('text=Sidan finns inte');
  await expectAccessible(page, '15-sidan-finns-inte');

  await page.goto('/app/logga-in');
  await page.click(`[data-test="persona-${PERSON.bestallareKarin}"]`);
  await page.waitForSelector('[data-test="inloggad"]');
  await page.goto('/app/bestallningar');
  await page.selectOption('#filter-kind', 'SUS_SUPERADMIN'); // never Karin's to order: the list is empty
  await page.waitForSelector('text=Inga beställningar matchar filtret.');
  await expectAccessible(page, '16-bestallningar-tom');

  const chef = await openPage(browser, system.api);
  await chef.goto('/app/logga-in');
  await chef.click(`[data-test="persona-${PERSON.chefFrida}"]`);
  await chef.waitForSelector('[data-test="chef-formular"]');
  await chef.click('[data-test="skicka"]');
  await chef.waitForSelector('[data-test="felsammanfattning"] >> text=Välj vem beställningen gäller.');
  await expectAccessible(chef, '17-chef-fel');

  const desk = await openPage(browser, system.api);
  await desk.goto('/app/logga-in');
  await desk.click(`[data-test="persona-${PERSON.afServicedeskHelena}"]`);
  await desk.waitForSelector('h1 >> text=Ärendekö');
  await desk.waitForLoadState('networkidle');
  await expectAccessible(desk, '18-servicedesk-ko');
  expect([...page.errors, ...chef.errors, ...desk.errors]).toEqual([]);
});

test('the accessibility check can fail: an image without a text alternative is reported', async () => {
  const page = await openPage(browser, system.api);
  await page.goto('/app/logga-in');
  await page.locator('main').evaluate((main) => main.insertAdjacentHTML('beforeend', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
  await expect(expectAccessible(page, 'probe-axe')).rejects.toThrow(/image-alt/);
});
