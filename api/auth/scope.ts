import type { Prisma } from '../../data/prisma';
import type { Caller } from './roles';

/**
 * Organisation scoping, in one place: BA sees every order; anyone else only the orders for
 * their own organisation's employees.
 */
export function orderScope(caller: Caller): Prisma.OrderWhereInput {
  return caller.roles.includes('BA') ? {} : { employerId: caller.organisationId };
}

/** The same rule for one order already read. */
export function canSeeOrder(caller: Caller, order: { user: { employerId: string } }): boolean {
  return caller.roles.includes('BA') || order.user.employerId === caller.organisationId;
}
