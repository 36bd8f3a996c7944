/**
 * PUB-avtal rows as the domain sees them (domain/pub-avtal.ts), and which one is in force for a
 * förbund on a day.
 */
import { pubAvtalEndDay, pubAvtalState, type PubAvtalPeriod } from '../domain/pub-avtal';
import { dayOfDateColumn } from './civil-day';
import type { Prisma, PubAvtal } from './prisma';

type Tx = Prisma.TransactionClient;

export function pubAvtalPeriodOf(a: Pick<PubAvtal, 'validFrom' | 'validTo' | 'terminatedOn'>): PubAvtalPeriod {
  return { validFrom: dayOfDateColumn(a.validFrom), validTo: a.validTo && dayOfDateColumn(a.validTo), terminatedOn: a.terminatedOn && dayOfDateColumn(a.terminatedOn) };
}

/**
 * The förbund's avtal in force on `day`, the one that lasts longest when several are (a
 * link made under it stays longest); `upcoming`: the first day a registered avtal not yet in force
 * begins, if any.
 */
export async function pubAvtalOnDay(tx: Tx, forbundId: string, day: string): Promise<{ inForce?: PubAvtal; upcoming?: string }> {
  const rows = await tx.pubAvtal.findMany({ where: { forbundId }, orderBy: { id: 'asc' } });
  const lasting = (a: PubAvtal) => pubAvtalEndDay(pubAvtalPeriodOf(a)) ?? '9999-12-31';
  const inForce = rows.filter((a) => pubAvtalState(pubAvtalPeriodOf(a), day) === 'VALID').sort((a, b) => lasting(b).localeCompare(lasting(a)))[0];
  const upcoming = rows.filter((a) => pubAvtalState(pubAvtalPeriodOf(a), day) === 'NOT_YET_VALID').map((a) => pubAvtalPeriodOf(a).validFrom).sort()[0];
  return { inForce, upcoming };
}
