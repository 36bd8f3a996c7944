import type { Db } from '../../data/prisma';
import type { Caller, CallerRole } from '../auth/roles';

/**
 * Development login personas: every seeded person with something to do here — beställare
 * (any mandate, even an expired one, so that refusal can be tried), BA staff and users.
 */
export async function listPersonas(db: Db): Promise<Caller[]> {
  const people = await db.person.findMany({
    where: { OR: [{ mandates: { some: {} } }, { staffRoles: { some: {} } }, { userRoles: { some: {} } }] },
    include: { mandates: true, staffRoles: true, userRoles: true },
    orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }],
  });
  return people.map((p) => {
    const roles = new Set<CallerRole>();
    if (p.mandates.length > 0) roles.add('BESTALLARE');
    for (const s of p.staffRoles) roles.add(s.role);
    for (const r of p.userRoles) roles.add(r.role);
    return { personId: p.id, name: `${p.givenName} ${p.familyName}`, roles: [...roles], organisationId: p.employerId };
  });
}
