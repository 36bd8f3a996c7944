/**
 * One definition of each status and role: the database enums (prisma/schema.prisma, which
 * cannot import TypeScript) must list exactly what domain/ defines for the workflow, the API
 * schemas and the e-mails.
 */
import { FinsamRole, OrderStatus } from '../../../generated/prisma/enums';
import { ORDER_STATUSES } from '../../../domain/order-status';
import { FINSAM_ROLES } from '../../../domain/roles';

test('the database enums are the domain\'s statuses and roles', () => {
  expect(Object.values(OrderStatus)).toEqual([...ORDER_STATUSES]);
  expect(Object.values(FinsamRole)).toEqual([...FINSAM_ROLES]);
});
