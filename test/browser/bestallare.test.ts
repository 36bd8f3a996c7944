/**
 * Beställare mandates in Chromium against the real API, worker, Temporal and MailDev:
 * a representative registers an employee with the keyboard alone, BA approves, the mandate shows
 * with its last day; a renewal too long is refused with R-21 in the dialog and a valid one is
 * filed; revocation takes the mandate off the list; BA's list opens on the mandates that end
 * soon. axe-core checks every page and dialog on the way.
 */
import type { Browser } from 'playwright-core';
import { ORG, PERSON } from '../../prisma/seed-data';
import { createDb, type Db } from '../../data/prisma';
import { lastDayOfMandate, latestLastDay, maxMandateEnd, maxRenewalEnd } from '../../domain/mandate';
import { expectAccessible, launchBrowser, logInAs, openPage, receiptOrderId, reloadUntil, tabTo } from '../support/browser';
import { waitFor } from '../support/mail';
import { registerBestallare, registerPerson } from '../support/people';
import { startSystem, type RunningSystem } from '../support/system';
import { decideAsBa } from '../support/ui-flows';

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

const DAY = 86_400_000;
const name = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

test('a representative registers, BA approves; renewal too long is refused (R-21), a valid one is filed; revocation ends it', async () => {
  const anna = await registerPerson(db, ORG.norrvikKommun);
  const ulf = await openPage(browser, system.api);
  await ulf.goto('/app/logga-in');
  await ulf.waitForSelector(`[data-test="persona-${PERSON.repUlf}"]`);
  await tabTo(ulf, `[data-test="persona-${PERSON.repUlf}"]`);
  await ulf.keyboard.press('Enter');
  // A representative lands among the organisation's beställare.
  await ulf.waitForSelector('[data-test="uppdrag"]');
  await expectAccessible(ulf, 'bestallare-01-lista-foretradare');

  // Registration by keyboard alone. Three years is refused by the API with R-21, said on the page.
  await ulf.goto('/app/bestallare/anmal');
  await ulf.waitForSelector('[data-test="uppdrag-formular"]');
  await expectAccessible(ulf, 'bestallare-02-anmal');
  await tabTo(ulf, '#falt-personnummer');
  await ulf.keyboard.type(anna.personnummer);
  await tabTo(ulf, '#falt-validUntil');
  await expect(ulf.inputValue('#falt-validUntil')).resolves.toBe(latestLastDay(maxMandateEnd(new Date())));
  await ulf.keyboard.press('Control+A');
  await ulf.keyboard.type(lastDayOfMandate(new Date(Date.now() + 3 * 366 * DAY)));
  await tabTo(ulf, '[data-test="skicka"]');
  await ulf.keyboard.press('Enter');
  await ulf.waitForSelector('[data-test="felsammanfattning"]');
  await expect(ulf.locator('[data-test="felsammanfattning"]').innerText()).resolves.toContain('R-21');
  await expectAccessible(ulf, 'bestallare-03-anmal-fel');
  await tabTo(ulf, '#falt-validUntil');
  await ulf.keyboard.press('Control+A');
  await ulf.keyboard.type(lastDayOfMandate(new Date(Date.now() + 365 * DAY)));
  await tabTo(ulf, '[data-test="skicka"]');
  await ulf.keyboard.press('Enter');
  const orderId = await receiptOrderId(ulf);
  await expect(ulf.locator('[data-test="kvitto"]').innerText()).resolves.toContain(name(anna));
  await expectAccessible(ulf, 'bestallare-04-kvitto');

  const britt = await openPage(browser, system.api);
  await logInAs(britt, PERSON.baBritt);
  await decideAsBa(britt, orderId, 'APPROVE');
  await britt.goto(`/app/bestallningar/${orderId}`);
  await reloadUntil(britt, async () => (await britt.locator('[data-test="status"]').innerText()).includes('Klar'), 'the registration to complete');

  // The mandate is on Ulf's list with its last day; the beställare was told.
  const mandate = await waitFor('the mandate', () => db.bestallareMandate.findFirst({ where: { personId: anna.id, organisationId: ORG.norrvikKommun } }));
  await ulf.goto('/app/bestallare');
  const row = ulf.locator('[data-test="uppdrag"] tr', { hasText: name(anna) });
  await row.waitFor();
  await expect(row.innerText()).resolves.toContain(lastDayOfMandate(mandate.validTo));
  await waitFor('the registration e-mail', async () => ((await system.mailTo(anna.email)).some((m) => /beställare/i.test(m.subject)) ? true : undefined));

  // Renewal: past two years from the current end is refused in the dialog; the latest allowed day is filed.
  await ulf.click(`[data-test="fornya-${mandate.id}"]`);
  await ulf.waitForSelector('[data-test="fornya-dialog"] [data-test="uppdrag-formular"]');
  await expectAccessible(ulf, 'bestallare-05-fornya');
  const latest = await ulf.inputValue('#falt-validUntil');
  expect(latest).toBe(latestLastDay(maxRenewalEnd(mandate.validTo, new Date())));
  await ulf.fill('#falt-validUntil', lastDayOfMandate(new Date(mandate.validTo.getTime() + 3 * 366 * DAY)));
  await ulf.click('[data-test="fornya-dialog"] [data-test="skicka"]');
  await ulf.waitForSelector('[data-test="fornya-dialog"] [data-test="felsammanfattning"]');
  await expect(ulf.locator('[data-test="fornya-dialog"] [data-test="felsammanfattning"]').innerText()).resolves.toContain('R-21');
  await expectAccessible(ulf, 'bestallare-06-fornya-fel');
  await ulf.fill('#falt-validUntil', latest);
  await ulf.click('[data-test="fornya-dialog"] [data-test="skicka"]');
  await ulf.waitForSelector('[data-test="uppdrag-klart"]');
  const renewal = await db.order.findFirst({ where: { kind: 'BESTALLARE_RENEWAL', subjectPersonId: anna.id } });
  expect(renewal).toMatchObject({ payload: { validUntil: latest } });
  expect(['SUBMITTED', 'IN_REVIEW']).toContain(renewal!.status);
  await expectAccessible(ulf, 'bestallare-07-fornyelse-skickad');

  // Revocation takes effect at once: REVOKED, off the list (revoked ones are shown only when asked).
  await ulf.click(`[data-test="aterkalla-${mandate.id}"]`);
  await ulf.waitForSelector('[data-test="aterkalla-dialog"] [data-test="bekrafta-aterkalla"]');
  await expectAccessible(ulf, 'bestallare-08-aterkalla');
  await ulf.fill('#aterkalla-skal', 'Har slutat på enheten.');
  await ulf.click('[data-test="bekrafta-aterkalla"]');
  await ulf.waitForSelector('[data-test="uppdrag-klart"] >> text=återkallat');
  await expect(ulf.locator('[data-test="uppdrag"]').innerText()).resolves.not.toContain(name(anna));
  await expect(db.bestallareMandate.findUniqueOrThrow({ where: { id: mandate.id } })).resolves.toMatchObject({ status: 'REVOKED', revocationReason: 'Har slutat på enheten.' });
  expect([...ulf.errors, ...britt.errors]).toEqual([]);
});

test("BA's list opens on the mandates that end within 60 days, every organisation's", async () => {
  const soon = await registerBestallare(db, ORG.sydasenKommun, new Date(Date.now() + 20 * DAY));
  const later = await registerBestallare(db, ORG.norrvikKommun, new Date(Date.now() + 200 * DAY));
  const britt = await openPage(browser, system.api);
  await logInAs(britt, PERSON.baBritt);
  await britt.goto('/app/bestallare');
  await britt.waitForSelector(`[data-test="uppdrag"] >> text=${name(soon)}`);
  await expect(britt.inputValue('#uppdrag-upphor')).resolves.toBe('60');
  await expect(britt.locator('[data-test="uppdrag"]').innerText()).resolves.not.toContain(name(later));
  // BA may revoke but never renew (renewal is the organisation's request).
  await expect(britt.locator(`[data-test="fornya-mandate-${soon.id}"]`).count()).resolves.toBe(0);
  await expect(britt.locator(`[data-test="aterkalla-mandate-${soon.id}"]`).count()).resolves.toBe(1);
  await expectAccessible(britt, 'bestallare-09-ba-upphor-snart');
  await britt.selectOption('#uppdrag-upphor', '');
  await britt.waitForSelector(`[data-test="uppdrag"] >> text=${name(later)}`);
  expect(britt.errors).toEqual([]);
});
