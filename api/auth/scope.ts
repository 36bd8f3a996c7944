import type { Prisma } from '../../data/prisma';
import type { Caller } from './roles';

/**
 * Organisation scoping, in one place: BA sees every order; a beställare only the orders for
 * employees of the organisations they are beställare for today, so a lapsed
 * mandate stops reading at once.
 */
export function orderScope(caller: Caller): Prisma.OrderWhereInput {
  return caller.roles.includes('BA') ? {} : { employerId: { in: caller.bestallareFor } };
}

/** The same rule for one order already read. */
export function canSeeOrder(caller: Caller, order: { user: { employerId: string } }): boolean {
  return caller.roles.includes('BA') || caller.bestallareFor.includes(order.user.employerId);
}
