import { randomUUID } from 'node:crypto';
import { audit } from '../data/audit';
import type { ActivityDeps } from './deps';

export function grantRoleActivities({ db }: ActivityDeps) {
  return {
    /**
     * registers the user (if new) and grants the ordered role in the förbund, valid until
     * further notice. Upserts by natural key, so a retry or a crash-and-redo grants it once.
     */
    async grantRole(orderId: string): Promise<{ userRoleId: string }> {
      return db.$transaction(async (tx) => {
        const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
        const person = await tx.person.upsert({
          where: { personnummer: order.personnummer },
          create: {
            id: randomUUID(),
            personnummer: order.personnummer,
            givenName: order.givenName,
            familyName: order.familyName,
            email: order.email,
            phone: order.phone,
            employerId: order.employerId,
          },
          update: {},
        });
        const role = await tx.userRole.upsert({
          where: { personId_forbundId_role: { personId: person.id, forbundId: order.forbundId, role: order.role } },
          create: { id: randomUUID(), personId: person.id, forbundId: order.forbundId, role: order.role, since: new Date(), grantedByOrderId: orderId },
          update: {},
        });
        await audit(tx, { key: `${orderId}:role-granted`, event: 'ROLE_GRANTED', orderId, data: { userRoleId: role.id, personId: person.id } });
        return { userRoleId: role.id };
      });
    },
  };
}
