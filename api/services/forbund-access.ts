/**
 * Who may see and keep a förbund's follow-up data (insatser, PUB-avtal): one place, from the
 * caller's roles per förbund. BA and everyone with a role in the förbund read; its
 * förbundsadministratörer keep its insatser; BA keeps the PUB-avtal register (FK is the controller).
 */
import type { Db } from '../../data/prisma';
import { ROLES } from '../../domain/roles';
import { holdsIn, type Caller } from '../auth/roles';
import { AppError, notFound } from '../errors';

export async function forbundOrNotFound(db: Db, forbundId: string) {
  const forbund = await db.forbund.findUnique({ where: { id: forbundId } });
  if (!forbund) throw notFound('Förbundet finns inte.');
  return forbund;
}

export const readsForbund = (caller: Caller, forbundId: string) => caller.roles.includes('BA') || holdsIn(caller, forbundId, ...ROLES);

export function assertReadsForbund(caller: Caller, forbundId: string, what: string): void {
  if (!readsForbund(caller, forbundId)) throw new AppError('FORBIDDEN_ROLE', `Du har ingen roll i förbundet och kan inte se dess ${what}.`);
}

export function assertForbundsadministrator(caller: Caller, forbundId: string, what: string): void {
  if (!holdsIn(caller, forbundId, 'FORBUNDSADMINISTRATOR')) throw new AppError('FORBIDDEN_ROLE', `Bara förbundets förbundsadministratörer kan ${what}.`);
}
