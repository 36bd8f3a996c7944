/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core, every page checked
 * with axe-core (WCAG 2.1 A and AA) and photographed into test/artifacts/screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LoginMethod } from '../../domain/login';
import { CHROMIUM_BINARY } from '../../scripts/lib/chromium';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { waitFor } from './mail';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test', 'artifacts', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_BINARY,
    // No sandbox as root; no background traffic to Google's hosts (there is no internet here).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh browser profile (its own cookies) whose script errors fail the test: uncaught ones, and
 * those Vue catches in a component and logs (a component that throws while mounting). The
 * browser's own lines for an answer with an error status are not script errors: refusals are
 * what many tests ask for.
 */
export async function openPage(browser: Browser, baseUrl: string): Promise<Page & { errors: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = (await context.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) page.errors.push(m.text());
  });
  page.setDefaultTimeout(20_000);
  return page;
}

/**
 * Logs in with e-legitimation as a person would: Logga in, then at the development identity
 * provider the person (by personnummer) and the login method, and back to the app.
 */
export async function logInThroughIdp(page: Page, personnummer: string, method: LoginMethod): Promise<void> {
  await page.goto('/app/logga-in');
  await page.click('[data-test="logga-in"]');
  await page.waitForSelector('#persona');
  await page.selectOption('#persona', personnummer);
  await page.check(`input[name="method"][value="${method}"]`);
  await page.click('button[type="submit"] >> text=Logga in');
  await page.waitForSelector('[data-test="inloggad"]');
}

/** Logs in through the development login's persona picker, as a person would. */
export async function logInAs(page: Page, personId: string): Promise<void> {
  await page.goto('/app/logga-in');
  await page.click(`[data-test="persona-${personId}"]`);
  await page.waitForSelector('[data-test="inloggad"]');
}

/**
 * axe-core on the page as it is now: no WCAG 2.1 A/AA violation. The message names each rule
 * and the elements, so a failure says what to fix. Also saves a screenshot named `name`.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Audit the page as it settles: mid-transition (a dialog fading in over its backdrop) colours
  // are blends that no one reads, and contrast measured then depends on timing. (Polled with
  // evaluate: waitForFunction's in-page polling evaluates a string, which the app's CSP forbids.)
  await waitFor('animations to settle', () => page.evaluate<boolean>('document.getAnimations().every((a) => a.playState !== "running")'), 5_000);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
}

/** Reloads until `check` holds (the workflow moves on in the background). */
export async function reloadUntil(page: Page, check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  let first = true;
  await waitFor(what, async () => {
    if (!first) {
      await page.reload();
      await page.waitForLoadState('networkidle');
    }
    first = false;
    return check();
  }, timeoutMs);
}

/** The id of the (first) request a receipt links to, once the receipt shows. */
export async function receiptOrderId(page: Page): Promise<string> {
  const link = page.locator('[data-test="kvitto"] a').first();
  await link.waitFor();
  return (await link.getAttribute('href'))!.split('/').pop()!;
}

/** Presses Tab until `selector` has focus: proves it is reachable by keyboard, in tab order. */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await page.locator(selector).evaluate((el) => el.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} cannot be reached with Tab`);
}
