/**
 * The web UI end to end in Chromium, against the real API, worker, Temporal and MailDev: the
 * 9480 flow as a beställare and BA do it, a rejection, a return and resubmission, an FK chef's
 * request, and the form filled in with the keyboard alone. axe-core checks every page and state
 * on the way (test/support/browser.ts), and each leaves a screenshot in test/artifacts.
 */
import type { Browser, Page } from 'playwright-core';
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { expectAccessible, launchBrowser, logInAs, openPage, receiptOrderId, reloadUntil } from '../support/browser';
import { decideAsBa, newApplicant, orderAsKarin } from '../support/ui-flows';
import { createDb, type Db } from '../../data/prisma';
import { waitFor } from '../support/mail';
import { registerPerson } from '../support/people';
import { startSystem, type RunningSystem } from '../support/system';

let system: RunningSystem;
let browser: Browser;
let db: Db;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL!);
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
  await db?.$disconnect();
});

const statusText = (page: Page) => page.locator('[data-test="status"]').innerText();

test('beställare orders, BA approves: the request shows Klar, the user is in Visa användare, the e-mail is sent', async () => {
  const karin = await openPage(browser, system.api);
  await karin.goto('/app/');
  await expectAccessible(karin, '01-logga-in');
  await logInAs(karin, PERSON.bestallareKarin);
  await karin.goto('/app/bestallning/ny');
  await karin.waitForSelector('[data-test="blankett-9480"]');
  await expectAccessible(karin, '02-ny-bestallning');

  // Sent empty: every field says what is missing, in the API's own words, and the summary links to them.
  await karin.click('[data-test="skicka"]');
  await karin.waitForSelector('[data-test="felsammanfattning"]');
  await expect(karin.locator('[data-test="felsammanfattning"]').innerText()).resolves.toContain('Ange användarens förnamn.');
  await expectAccessible(karin, '03-ny-bestallning-fel');

  const nils = newApplicant('Nils');
  const orderId = await orderAsKarin(karin, nils);
  await expectAccessible(karin, '04-kvitto');

  await karin.goto('/app/bestallningar');
  await karin.waitForSelector(`text=${nils.familyName}`);
  await expectAccessible(karin, '05-bestallningar');

  const britt = await openPage(browser, system.api);
  await logInAs(britt, PERSON.baBritt);
  await britt.goto('/app/ko');
  await britt.waitForSelector(`text=${nils.familyName}`);
  await expectAccessible(britt, '06-ko');
  await britt.goto(`/app/bestallningar/${orderId}`);
  await britt.waitForSelector('[data-test="tidslinje"]');
  await expectAccessible(britt, '07-bestallning-ba');
  await decideAsBa(britt, orderId, 'APPROVE', undefined, true);

  await reloadUntil(britt, async () => (await statusText(britt)).includes('Klar'), 'the request to complete');
  await britt.waitForSelector('[data-test="epost"] >> text=Skickad');
  await expectAccessible(britt, '09-bestallning-klar');

  await karin.goto(`/app/bestallningar/${orderId}`);
  await expect(statusText(karin)).resolves.toContain('Klar');
  await karin.goto('/app/anvandare');
  await karin.selectOption('#anvandare-forbund', FORBUND.norrvik);
  await karin.waitForSelector(`[data-test="anvandare"] >> text=${nils.givenName} ${nils.familyName}`);
  await expectAccessible(karin, '10-visa-anvandare');

  const mail = await waitFor('the confirmation e-mail', async () => ((await system.mailTo(nils.email)).length > 0 ? system.mailTo(nils.email) : undefined));
  expect(mail[0]!.subject).toMatch(/Uppföljning Finsam/);
  expect([...karin.errors, ...britt.errors]).toEqual([]);
});

test('BA rejects: a reason is required in the dialog, and the beställare sees the rejection and its reason', async () => {
  const karin = await openPage(browser, system.api);
  await logInAs(karin, PERSON.bestallareKarin);
  const orderId = await orderAsKarin(karin, newApplicant('Rut'));

  const britt = await openPage(browser, system.api);
  await logInAs(britt, PERSON.baBritt);
  await britt.goto(`/app/bestallningar/${orderId}`);
  await reloadUntil(britt, async () => (await britt.locator('[data-test="ta-arende"]').count()) > 0, 'the BA task to open');
  await britt.click('[data-test="ta-arende"]');
  await britt.click('[data-test="fatta-beslut"]');
  await britt.click('label[for="beslut-REJECT"]');
  await britt.click('[data-test="bekrafta-beslut"]');
  await britt.waitForSelector('[data-test="beslut-dialog"] >> text=Ange ett skäl');
  await expectAccessible(britt, '11-beslutsdialog-fel');
  await britt.fill('#falt-reason', 'Användaren arbetar inte i förbundets insatser.');
  await britt.click('[data-test="bekrafta-beslut"]');
  await britt.waitForSelector('[data-test="beslut-dialog"]', { state: 'detached' });

  await karin.goto(`/app/bestallningar/${orderId}`);
  await reloadUntil(karin, async () => (await statusText(karin)).includes('Avslagen'), 'the rejection');
  await karin.waitForSelector('text=Användaren arbetar inte i förbundets insatser.');
  expect([...karin.errors, ...britt.errors]).toEqual([]);
});

test('BA returns the request; the beställare corrects and resubmits it; BA approves the new round', async () => {
  const karin = await openPage(browser, system.api);
  await logInAs(karin, PERSON.bestallareKarin);
  const orderId = await orderAsKarin(karin, newApplicant('Siv'));

  const britt = await openPage(browser, system.api);
  await logInAs(britt, PERSON.baBritt);
  await decideAsBa(britt, orderId, 'RETURN', 'Ange användarens telefonnummer på arbetet.');

  await karin.goto(`/app/bestallningar/${orderId}`);
  await reloadUntil(karin, async () => (await karin.locator('[data-test="komplettera"]').count()) > 0, 'the request to be returned');
  await karin.waitForSelector('text=Ange användarens telefonnummer på arbetet.');
  await expectAccessible(karin, '12-tillbakaskickad');
  await karin.click('[data-test="komplettera"]');
  await karin.waitForSelector('[data-test="blankett-9480"]');
  await expect(karin.inputValue('#falt-user-givenName')).resolves.toBe('Siv');
  await karin.fill('#falt-user-phone', '0611-123 45');
  await expectAccessible(karin, '13-komplettera');
  await karin.click('[data-test="skicka"]');
  await karin.waitForURL(`**/bestallningar/${orderId}`);

  await decideAsBa(britt, orderId, 'APPROVE');
  await reloadUntil(britt, async () => (await statusText(britt)).includes('Klar'), 'the resubmitted request to complete');
  await britt.waitForSelector('text=0611-123 45');
  expect([...karin.errors, ...britt.errors]).toEqual([]);
});

test('an FK chef orders for a direct report; the request reaches BA’s queue', async () => {
  const report = await registerPerson(db, ORG.fk, { managerId: PERSON.chefFrida });
  const frida = await openPage(browser, system.api);
  await logInAs(frida, PERSON.chefFrida);
  await frida.goto('/app/chef/bestallning');
  await frida.waitForSelector('[data-test="chef-formular"]');
  await expectAccessible(frida, '14-chef');
  await frida.selectOption('#falt-personnummer', report.personnummer);
  await frida.click(`label[for="chef-forbund-${FORBUND.sydasen}"]`);
  await frida.click('label[for="chef-roll-FORBUNDSADMINISTRATOR"]');
  await frida.click('label[for="chef-skyddad-nej"]');
  await frida.click('[data-test="skicka"]');
  const orderId = await receiptOrderId(frida);

  const britt = await openPage(browser, system.api);
  await logInAs(britt, PERSON.baBritt);
  await britt.goto('/app/ko');
  await britt.selectOption('#ko-kind', 'FK_CHEF');
  await reloadUntil(britt, async () => (await britt.locator(`a[href$="/bestallningar/${orderId}"]`).count()) > 0, 'the chef request in the queue');
  expect([...frida.errors, ...britt.errors]).toEqual([]);
});
