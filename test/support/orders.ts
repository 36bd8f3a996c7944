import { randomUUID } from 'node:crypto';
import type { Db, Prisma } from '../../data/prisma';
import { FORBUND, ORG, PERSON } from '../../prisma/seed-data';
import { uniquePersonnummer } from './personnummer';

/**
 * Writes an order row as POST /orders would (tests that drive the workflow directly).
 * Default: Karin Lund (beställare, Norrviks kommun) orders förbundsadministratör in
 * Samordningsförbundet Norrvik for a new colleague.
 */
export async function insertOrder(db: Db, overrides: Partial<Prisma.OrderUncheckedCreateInput> = {}) {
  const id = randomUUID();
  const personnummer = uniquePersonnummer();
  return db.order.create({
    data: {
      id,
      status: 'SUBMITTED',
      role: 'FORBUNDSADMINISTRATOR',
      forbundId: FORBUND.norrvik,
      personnummer,
      givenName: 'Alva',
      familyName: `Testsson-${personnummer.slice(-4)}`,
      email: `alva.${personnummer.slice(-4)}.${id.slice(0, 6)}@norrvik.example`,
      employerId: ORG.norrvikKommun,
      protectedIdentity: false,
      submittedById: PERSON.bestallareKarin,
      ...overrides,
    },
  });
}
