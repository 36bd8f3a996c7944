import { randomUUID } from 'node:crypto';
import { dateColumnOf } from '../../data/civil-day';
import type { Db } from '../../data/prisma';
import { registerPerson } from './people';

let counter = 0;

/**
 * A samordningsförbund of its own for one test (tests run in parallel on one database, and a
 * PUB-avtal another test registers must not link this one's deltagaransvariga): with a
 * förbundsadministratör, a deltagaransvarig (employed by a member kommun) and one insats.
 */
export async function registerForbund(db: Db, memberOrganisationId: string) {
  counter += 1;
  const suffix = randomUUID().slice(0, 8);
  const organisation = await db.organisation.create({
    data: { id: `org-test-${suffix}`, name: `Testförbundet ${suffix}`, type: 'SAMORDNINGSFORBUND', organisationNumber: `T${process.pid}-${counter}-${suffix}` },
  });
  const forbund = await db.forbund.create({ data: { id: `forbund-test-${suffix}`, name: `Samordningsförbundet Test ${suffix}`, organisationId: organisation.id, members: { create: [{ organisationId: memberOrganisationId }] } } });
  const admin = await registerPerson(db, organisation.id, { role: { forbundId: forbund.id, role: 'FORBUNDSADMINISTRATOR' } });
  const deltagaransvarig = await registerPerson(db, memberOrganisationId, { role: { forbundId: forbund.id, role: 'DELTAGARANSVARIG' } });
  const insats = await db.insats.create({
    data: {
      id: randomUUID(), forbundId: forbund.id, name: `Steg till arbete ${suffix}`, kind: 'INDIVIDINRIKTAD', periodFrom: dateColumnOf('2026-01-01'), periodTo: dateColumnOf('2028-12-31'),
      malgrupper: ['UNGA_16_29'], esfCofunded: false, budgetSek: 500_000, budgetedParticipants: 20, participantsPerYear: [], createdById: admin.id, updatedById: admin.id,
    },
  });
  return { forbund, admin, deltagaransvarig, insats };
}

/** A PUB-avtal registered straight in the table (BA's route is tested on its own). */
export async function insertPubAvtal(db: Db, forbundId: string, registeredById: string, period: { validFrom: string; validTo?: string }) {
  return db.pubAvtal.create({
    data: { id: randomUUID(), forbundId, signedOn: dateColumnOf(period.validFrom), validFrom: dateColumnOf(period.validFrom), validTo: period.validTo ? dateColumnOf(period.validTo) : null, registeredById },
  });
}
