import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import { audit } from '../data/audit';
import type { ActivityDeps } from './deps';

export function grantRoleActivities({ db }: ActivityDeps) {
  return {
    /**
     * grants the ordered role in the förbund, valid until further notice, to the person the
     * register holds under the order's personnummer (registering them if new). An employment
     * change is applied only when BA confirmed it in the decision, and is recorded in the audit
     * trail; otherwise a person registered with another employer never gets the role.
     * Upserts by natural key, so a retry or a crash-and-redo grants it once.
     */
    async grantRole(orderId: string): Promise<{ userRoleId: string }> {
      return db.$transaction(async (tx) => {
        const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
        let person = await tx.person.findUnique({ where: { personnummer: order.personnummer } });
        if (!person) {
          person = await tx.person.create({
            data: {
              id: randomUUID(),
              personnummer: order.personnummer,
              givenName: order.givenName,
              familyName: order.familyName,
              email: order.email,
              phone: order.phone,
              employerId: order.employerId,
            },
          });
          await audit(tx, { key: `${orderId}:person-registered`, event: 'PERSON_REGISTERED', orderId, data: { personId: person.id, employerId: order.employerId } });
        } else if (person.employerId !== order.employerId) {
          if (!order.employmentChangeConfirmed) {
            // Only reachable when the person was registered with another employer after BA decided.
            throw ApplicationFailure.nonRetryable(`Order ${orderId}: person ${person.id} is registered with ${person.employerId}, not ${order.employerId}, and BA did not confirm a change`, 'EMPLOYMENT_CHANGE_UNCONFIRMED');
          }
          await audit(tx, { key: `${orderId}:employment-changed`, event: 'EMPLOYMENT_CHANGED', orderId, actorId: order.decidedById, data: { personId: person.id, from: person.employerId, to: order.employerId } });
          person = await tx.person.update({ where: { id: person.id }, data: { employerId: order.employerId, email: order.email, phone: order.phone } });
        }
        await tx.order.update({ where: { id: orderId }, data: { subjectPersonId: person.id } });
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
