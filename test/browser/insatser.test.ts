/**
 * Linking deltagaransvariga to insatser in Chromium against the real API, worker, Temporal and
 * MailDev (R-30–R-32, issue 10): the förbundsadministratör links by keyboard alone while no
 * PUB-avtal is in force and is told it waits; BA registers the avtal and the link is made; the
 * deltagaransvarig sees the insats and whom to turn to; the link is removed in a dialog; BA's
 * register extract shows every processing. axe-core checks every page and dialog on the way.
 */
import type { Browser } from 'playwright-core';
import { createDb, type Db } from '../../data/prisma';
import { formatStockholmDate } from '../../domain/stockholm-time';
import { ORG, PERSON } from '../../prisma/seed-data';
import { expectAccessible, launchBrowser, logInAs, openPage, reloadUntil, tabTo } from '../support/browser';
import { registerForbund } from '../support/forbund';
import { waitFor } from '../support/mail';
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

const name = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

test('R-31: linked by keyboard while no PUB-avtal holds, it waits; BA registers the avtal and it is linked; removed in a dialog; the register extract shows it all', async () => {
  const f = await registerForbund(db, ORG.norrvikKommun);
  const admin = await openPage(browser, system.api);
  await logInAs(admin, f.admin.id);
  await admin.goto('/app/insatser');
  await admin.waitForSelector('[data-test="insatser"]');
  await expect(admin.locator('[data-test="pub-avtal-status"]').innerText()).resolves.toContain('Inget PUB-avtal gäller i dag');
  await expectAccessible(admin, 'insatser-01-forbundsadministrator');

  // By keyboard alone: open the insats, choose the deltagaransvarig, link.
  await tabTo(admin, `[data-test="insats-${f.insats.id}"]`);
  await admin.keyboard.press('Enter');
  await admin.waitForSelector('[data-test="koppla-formular"]');
  await expectAccessible(admin, 'insatser-02-insats');
  await tabTo(admin, '#falt-personId');
  await admin.keyboard.press('ArrowDown');
  await expect(admin.inputValue('#falt-personId')).resolves.toBe(f.deltagaransvarig.id);
  await tabTo(admin, '[data-test="koppla"]');
  await admin.keyboard.press('Enter');
  await admin.waitForSelector('[data-test="koppling-klar"]');
  await expect(admin.locator('[data-test="koppling-klar"]').innerText()).resolves.toContain('kopplas när ett PUB-avtal gäller');
  await expect(admin.locator('[data-test="kopplingar"]').innerText()).resolves.toContain('Väntar på PUB-avtal');
  await expectAccessible(admin, 'insatser-03-vantar');
  await waitFor('the waiting notice', async () => (await system.mailTo(f.admin.email)).find((m) => m.subject.includes('väntar på PUB-avtal')));

  // BA registers the avtal, from today, until further notice.
  const britt = await openPage(browser, system.api);
  await logInAs(britt, PERSON.baBritt);
  await britt.goto('/app/pub-avtal');
  await britt.waitForSelector('[data-test="pub-avtal-formular"]');
  await britt.selectOption('#avtal-forbund', f.forbund.id);
  await britt.waitForSelector('[data-test="avtal"] >> text=Förbundet har inget PUB-avtal registrerat');
  await expectAccessible(britt, 'insatser-04-pub-avtal');
  const today = formatStockholmDate(new Date());
  await tabTo(britt, '#falt-signedOn');
  await britt.keyboard.type(today);
  await tabTo(britt, '#falt-validFrom');
  await britt.keyboard.type(today);
  await tabTo(britt, '[data-test="registrera-avtal"]');
  await britt.keyboard.press('Enter');
  await britt.waitForSelector('[data-test="avtal-klart"]');
  await expect(britt.locator('[data-test="avtal"]').innerText()).resolves.toContain('Gäller');
  await expectAccessible(britt, 'insatser-05-avtal-registrerat');

  // The waiting request is linked under it.
  await reloadUntil(admin, async () => (await admin.locator('[data-test="kopplingar"]').innerText()).includes('Kopplad'), 'the link to be made');
  await expect(admin.locator('[data-test="pub-avtal-status"]').innerText()).resolves.toContain('PUB-avtal gäller');
  await waitFor('the link notice', async () => (await system.mailTo(f.admin.email)).find((m) => m.subject.includes('är kopplad till')));

  // The deltagaransvarig sees the insats and whom to turn to.
  const johanLike = await openPage(browser, system.api);
  await logInAs(johanLike, f.deltagaransvarig.id);
  await johanLike.goto('/app/insatser');
  await johanLike.waitForSelector('ul[data-test="mina-insatser"]');
  await expect(johanLike.locator('[data-test="mina-insatser"]').innerText()).resolves.toContain(f.insats.name);
  await expect(johanLike.locator('[data-test="forbundsadministratorer"]').innerText()).resolves.toContain(name(f.admin));
  await expectAccessible(johanLike, 'insatser-06-deltagaransvarig');

  // Removed at once, in a dialog, by keyboard.
  await tabTo(admin, `[data-test="ta-bort-${f.deltagaransvarig.id}"]`);
  await admin.keyboard.press('Enter');
  await admin.waitForSelector('[data-test="ta-bort-dialog"] [data-test="bekrafta-ta-bort"]');
  await expectAccessible(admin, 'insatser-07-ta-bort-dialog');
  await tabTo(admin, '[data-test="bekrafta-ta-bort"]');
  await admin.keyboard.press('Enter');
  await admin.waitForSelector('[data-test="koppling-klar"] >> text=är borttagen');
  await expect(admin.locator('[data-test="kopplingar"]').innerText()).resolves.toContain('Ingen deltagaransvarig är kopplad');

  // BA's register extract: every link, read and unlink of the person's data.
  await britt.goto('/app/registerutdrag');
  await britt.waitForSelector('[data-test="utdrag-formular"]');
  await tabTo(britt, '#falt-personnummer');
  await britt.keyboard.type(f.deltagaransvarig.personnummer);
  await tabTo(britt, '[data-test="ta-fram"]');
  await britt.keyboard.press('Enter');
  await britt.waitForSelector('[data-test="utdrag"]');
  const processing = await britt.locator('[data-test="utdrag-behandling"]').innerText();
  expect(processing).toContain('Kopplad till insats');
  expect(processing).toContain('Uppgift om koppling läst');
  expect(processing).toContain('Koppling till insats borttagen');
  await expectAccessible(britt, 'insatser-08-registerutdrag');

  // BA terminates the avtal from today, in a dialog: it holds no more.
  await britt.goto('/app/pub-avtal');
  await britt.waitForSelector('[data-test="pub-avtal-formular"]');
  await britt.selectOption('#avtal-forbund', f.forbund.id);
  const avtalId = (await db.pubAvtal.findFirstOrThrow({ where: { forbundId: f.forbund.id } })).id;
  await tabTo(britt, `[data-test="sag-upp-${avtalId}"]`);
  await britt.keyboard.press('Enter');
  await britt.waitForSelector('[data-test="sag-upp-dialog"] [data-test="bekrafta-sag-upp"]');
  await expectAccessible(britt, 'insatser-09-sag-upp-dialog');
  await tabTo(britt, '#sag-upp-skal');
  await britt.keyboard.type('Förbundet har sagt upp avtalet.');
  await tabTo(britt, '[data-test="bekrafta-sag-upp"]');
  await britt.keyboard.press('Enter');
  await britt.waitForSelector('[data-test="avtal-klart"] >> text=uppsagt');
  await expect(britt.locator('[data-test="avtal"]').innerText()).resolves.toContain('Uppsagt');
  for (const page of [admin, britt, johanLike]) expect(page.errors).toEqual([]);
});

test('the förbundsadministratör registers an insats by keyboard, "ingen specifik målgrupp" with another is refused at the field, and changes it', async () => {
  const f = await registerForbund(db, ORG.norrvikKommun);
  const admin = await openPage(browser, system.api);
  await logInAs(admin, f.admin.id);
  await admin.goto('/app/insatser');
  await admin.waitForSelector('[data-test="insatser"]');
  await tabTo(admin, '[data-test="ny-insats"]');
  await admin.keyboard.press('Enter');
  await admin.waitForSelector('[data-test="insats-formular"]');
  await expectAccessible(admin, 'insatser-10-ny-insats');

  const insatsName = `Vägen vidare ${f.forbund.id.slice(-8)}`;
  await tabTo(admin, '#falt-name');
  await admin.keyboard.type(insatsName);
  await tabTo(admin, '#typ-INDIVIDINRIKTAD');
  await admin.keyboard.press('Space');
  await tabTo(admin, '#falt-periodFrom');
  await admin.keyboard.type('2027-01-01');
  await tabTo(admin, '#falt-periodTo');
  await admin.keyboard.type('2028-12-31');
  for (const m of ['UNGA_16_29', 'INGEN_SPECIFIK_MALGRUPP']) {
    await tabTo(admin, `#malgrupp-${m}`);
    await admin.keyboard.press('Space');
  }
  await tabTo(admin, '#esf-nej');
  await admin.keyboard.press('Space');
  await tabTo(admin, '#falt-budgetSek');
  await admin.keyboard.type('450000');
  await tabTo(admin, '#falt-budgetedParticipants');
  await admin.keyboard.type('30');
  await tabTo(admin, '#falt-deltagare-2028');
  await admin.keyboard.type('12');
  await tabTo(admin, '[data-test="spara-insats"]');
  await admin.keyboard.press('Enter');
  await admin.waitForSelector('[data-test="felsammanfattning"]');
  await expect(admin.locator('[data-test="felsammanfattning"]').innerText()).resolves.toContain('kan inte kombineras med en annan målgrupp');
  await expectAccessible(admin, 'insatser-11-ny-insats-fel');
  expect(await db.insats.count({ where: { forbundId: f.forbund.id } })).toBe(1);

  await tabTo(admin, '#malgrupp-INGEN_SPECIFIK_MALGRUPP');
  await admin.keyboard.press('Space');
  await tabTo(admin, '[data-test="spara-insats"]');
  await admin.keyboard.press('Enter');
  await admin.waitForSelector(`h1:text-is("${insatsName}")`);
  await expect(admin.locator('main').innerText()).resolves.toMatch(/450\s000 kronor för 30 deltagare.*2028: 12/s);
  await expectAccessible(admin, 'insatser-12-insats-registrerad');

  await tabTo(admin, '[data-test="andra-insats"]');
  await admin.keyboard.press('Enter');
  await admin.waitForSelector('[data-test="insats-formular"]');
  await expect(admin.inputValue('#falt-deltagare-2028')).resolves.toBe('12');
  await tabTo(admin, '#falt-budgetSek');
  await admin.keyboard.press('Control+A');
  await admin.keyboard.type('500000');
  await tabTo(admin, '[data-test="spara-insats"]');
  await admin.keyboard.press('Enter');
  await admin.waitForSelector(`h1:text-is("${insatsName}")`);
  await expect(admin.locator('main').innerText()).resolves.toMatch(/500\s000 kronor/);
  const saved = await db.insats.findFirstOrThrow({ where: { forbundId: f.forbund.id, name: insatsName } });
  expect(saved).toMatchObject({ budgetSek: 500_000, budgetedParticipants: 30, malgrupper: ['UNGA_16_29'], esfCofunded: false, participantsPerYear: [{ year: 2028, participants: 12 }] });
  expect(admin.errors).toEqual([]);
});
