/**
 * One definition of each status and role: the database enums (prisma/schema.prisma, which
 * cannot import TypeScript) must list exactly what domain/ defines for the workflow, the API
 * schemas and the e-mails.
 */
import { OrderStatus, StaffRole } from '../../../generated/prisma/enums';
import { ORDER_STATUSES } from '../../../domain/order-status';
import { STAFF_ROLES } from '../../../domain/roles';

test('the database enums are the domain\'s statuses and roles', () => {
  expect(Object.values(OrderStatus)).toEqual([...ORDER_STATUSES]);
  // User roles are text columns checked against domain/roles.ts ROLES; staff roles stay an enum.
  expect(Object.values(StaffRole)).toEqual([...STAFF_ROLES]);
});
