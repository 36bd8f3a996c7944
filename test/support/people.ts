import { randomUUID } from 'node:crypto';
import type { Db } from '../../data/prisma';
import type { Role } from '../../domain/roles';
import { uniquePersonnummer } from './personnummer';

/** A registered person of their own for one test (tests run in parallel on one database). */
export async function registerPerson(db: Db, employerId: string, extra: { protectedIdentity?: boolean; role?: { forbundId: string; role: Role }; managerId?: string } = {}) {
  const personnummer = uniquePersonnummer();
  const person = await db.person.create({
    data: {
      id: `person-test-${randomUUID()}`,
      personnummer,
      givenName: 'Tove',
      familyName: `Register-${personnummer.slice(-4)}`,
      email: `tove.${personnummer.slice(-4)}.${randomUUID().slice(0, 6)}@test.example`,
      employerId,
      protectedIdentity: extra.protectedIdentity ?? false,
      managerId: extra.managerId ?? null,
    },
  });
  if (extra.role) await db.userRole.create({ data: { id: randomUUID(), personId: person.id, ...extra.role, since: new Date() } });
  return person;
}

/** A beställare of their own, with a mandate for `organisationId` valid until `validTo`. */
export async function registerBestallare(db: Db, organisationId: string, validTo = new Date(Date.now() + 30 * 86_400_000)) {
  const person = await registerPerson(db, organisationId);
  const validFrom = new Date(validTo.getTime() - 365 * 86_400_000);
  await db.bestallareMandate.create({ data: { id: `mandate-${person.id}`, personId: person.id, organisationId, validFrom, periodStart: validFrom, validTo } });
  return person;
}
