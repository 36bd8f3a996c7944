/**
 * Logging in with e-legitimation in Chromium (issue 8, R-40): through the development identity
 * provider's own pages, with each login method, against the real API, worker, Temporal and
 * MailDev. A beställare orders on blankett 9480 with BankID, BA approves with Efos; AF's chef
 * logs in with the e-tjänstekort and another beställare with Mobilt BankID and logs out at the
 * provider; a person who is not in the register is told what to do. axe-core on every page.
 */
import type { Browser } from 'playwright-core';
import { createDb, type Db } from '../../data/prisma';
import { PERSON, persons } from '../../prisma/seed-data';
import { expectAccessible, launchBrowser, logInThroughIdp, openPage, reloadUntil } from '../support/browser';
import { uniquePersonnummer } from '../support/personnummer';
import { startSystem, type RunningSystem } from '../support/system';
import { decideAsBa, newApplicant, orderAsKarin } from '../support/ui-flows';

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

const pnr = (personId: string) => persons.find((p) => p.id === personId)!.personnummer;

test('Karin orders with BankID, Britt approves with Efos: the request completes, and the audit trail says how each logged in', async () => {
  const karin = await openPage(browser, system.api);
  await karin.goto('/app/logga-in');
  await karin.waitForSelector('[data-test="logga-in"]');
  await expectAccessible(karin, '20-logga-in-e-legitimation');
  await karin.click('[data-test="logga-in"]');
  await karin.waitForSelector('#persona');
  await expectAccessible(karin, '21-idp-inloggning');
  await karin.goBack();
  await logInThroughIdp(karin, pnr(PERSON.bestallareKarin), 'BANKID');
  const orderId = await orderAsKarin(karin, newApplicant('Ebba'));

  const britt = await openPage(browser, system.api);
  await logInThroughIdp(britt, pnr(PERSON.baBritt), 'EFOS');
  await decideAsBa(britt, orderId, 'APPROVE');
  await reloadUntil(britt, async () => (await britt.locator('[data-test="status"]').innerText()).includes('Klar'), 'the request to complete');

  const events = await db.auditEvent.findMany({ where: { orderId, actorId: { not: null } }, select: { event: true, actorId: true, authMethod: true } });
  expect(events).toEqual(expect.arrayContaining([
    { event: 'ORDER_SUBMITTED', actorId: PERSON.bestallareKarin, authMethod: 'BANKID' },
    { event: 'TASK_CLAIMED', actorId: PERSON.baBritt, authMethod: 'EFOS' },
    expect.objectContaining({ actorId: PERSON.baBritt, authMethod: 'EFOS' }),
  ]));
  expect(events.every((e) => e.authMethod !== null)).toBe(true);
  expect([...karin.errors, ...britt.errors]).toEqual([]);
});

test('Gustav (AF) logs in with the e-tjänstekort; Per with Mobilt BankID, and logs out at the identity provider too', async () => {
  const gustav = await openPage(browser, system.api);
  await logInThroughIdp(gustav, pnr(PERSON.chefGustav), 'AF_ETJANSTEKORT');
  await gustav.goto('/app/chef/bestallning');
  await gustav.waitForSelector('h1 >> text=Beställ för medarbetare');

  const per = await openPage(browser, system.api);
  await logInThroughIdp(per, pnr(PERSON.bestallarePer), 'MOBILT_BANKID');
  await per.click('[data-test="logga-ut"]');
  // RP-initiated logout: the provider asks, then sends the browser back to the login page.
  await per.waitForSelector('button[name="logout"]');
  await expectAccessible(per, '22-idp-utloggning');
  await per.click('button[name="logout"]');
  await per.waitForURL(/\/app\/logga-in/);
  await per.waitForSelector('[data-test="logga-in"]');
  // The session is gone: a page that needs a login asks for one again.
  await per.goto('/app/bestallningar');
  await per.waitForURL(/\/app\/logga-in/);
  const methods = await db.auditEvent.findMany({ where: { event: { in: ['LOGIN', 'LOGOUT'] }, actorId: { in: [PERSON.chefGustav, PERSON.bestallarePer] } }, select: { event: true, actorId: true, authMethod: true } });
  expect(methods).toEqual(expect.arrayContaining([
    { event: 'LOGIN', actorId: PERSON.chefGustav, authMethod: 'AF_ETJANSTEKORT' },
    { event: 'LOGIN', actorId: PERSON.bestallarePer, authMethod: 'MOBILT_BANKID' },
    { event: 'LOGOUT', actorId: PERSON.bestallarePer, authMethod: 'MOBILT_BANKID' },
  ]));
  expect([...gustav.errors, ...per.errors]).toEqual([]);
});

test('a session that ends while the page is open: the next request leads to the login page, which says why', async () => {
  const page = await openPage(browser, system.api);
  await logInThroughIdp(page, pnr(PERSON.bestallareSara), 'BANKID');
  await page.goto('/app/bestallningar');
  await page.waitForSelector('[data-test="bestallningar"]');
  // The session ends on the server (idle timeout, or a logout in another tab).
  await db.session.deleteMany({ where: { personId: PERSON.bestallareSara } });
  await page.selectOption('#filter-status', 'COMPLETED');
  await page.waitForSelector('[data-test="inloggning-nekad"] >> text=Din inloggning har gått ut');
  expect(new URL(page.url()).searchParams.get('next')).toBe('/bestallningar');
  await expectAccessible(page, '24-inloggning-utgangen');
});

test('someone who is not in the register is told, in Swedish, what to do', async () => {
  const page = await openPage(browser, system.api);
  await page.goto('/app/logga-in');
  await page.click('[data-test="logga-in"]');
  await page.fill('#personnummer', uniquePersonnummer());
  await page.check('input[name="method"][value="BANKID"]');
  await page.click('button[type="submit"] >> text=Logga in');
  await page.waitForSelector('[data-test="inloggning-nekad"] >> text=Du finns inte i registret');
  await expect(page.locator('[data-test="inloggning-nekad"]').innerText()).resolves.toMatch(/beställare i din organisation, eller din chef/);
  await expectAccessible(page, '23-inloggning-nekad');
  expect(page.errors).toEqual([]);
});
