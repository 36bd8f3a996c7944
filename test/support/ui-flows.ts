/** Steps the browser tests share: a beställare orders on blankett 9480, BA decides in the dialog. */
import type { Page } from 'playwright-core';
import { FORBUND, ORG } from '../../prisma/seed-data';
import { expectAccessible, receiptOrderId, reloadUntil } from './browser';
import { uniquePersonnummer } from './personnummer';

export interface Applicant {
  personnummer: string;
  givenName: string;
  familyName: string;
  email: string;
}

export function newApplicant(givenName: string): Applicant {
  const personnummer = uniquePersonnummer();
  return { personnummer, givenName, familyName: `Testsson${personnummer.slice(-4)}`, email: `${givenName.toLowerCase()}.${personnummer.slice(-4)}@norrvik.example` };
}

/** Karin, beställare for Norrviks kommun, orders a role in förbund Norrvik through the form. */
export async function orderAsKarin(page: Page, who: Applicant, role = 'DELTAGARANSVARIG'): Promise<string> {
  await page.goto('/app/bestallning/ny');
  await page.selectOption('#falt-user-employerId', ORG.norrvikKommun);
  await page.click(`label[for="forbund-${FORBUND.norrvik}"]`);
  await page.click(`label[for="roll-${role}"]`);
  await page.click('label[for="skyddad-nej"]');
  await page.fill('#falt-user-personnummer', who.personnummer);
  await page.fill('#falt-user-givenName', who.givenName);
  await page.fill('#falt-user-familyName', who.familyName);
  await page.fill('#falt-user-email', who.email);
  await page.click('[data-test="skicka"]');
  return receiptOrderId(page);
}

/** BA opens the request from the queue, claims it and decides in the dialog. */
export async function decideAsBa(page: Page, orderId: string, decision: 'APPROVE' | 'REJECT' | 'RETURN', reason?: string, audit = false): Promise<void> {
  await page.goto(`/app/bestallningar/${orderId}`);
  await reloadUntil(page, async () => (await page.locator('[data-test="ta-arende"]').count()) > 0, 'the BA task to open');
  await page.click('[data-test="ta-arende"]');
  await page.click('[data-test="fatta-beslut"]');
  await page.waitForSelector('[data-test="beslut-dialog"] [data-test="bekrafta-beslut"]');
  if (audit) await expectAccessible(page, '08-beslutsdialog');
  await page.click(`label[for="beslut-${decision}"]`);
  if (reason) await page.fill('#falt-reason', reason);
  await page.click('[data-test="bekrafta-beslut"]');
  await page.waitForSelector('[data-test="beslut-dialog"]', { state: 'detached' });
}
