"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.grantRoleInTx = grantRoleInTx;
exports.removeRoleInTx = removeRoleInTx;
exports.grantRoleActivities = grantRoleActivities;
const node_crypto_1 = require("node:crypto");
const activity_1 = require("@temporalio/activity");
const audit_1 = require("../data/audit");
const insats_link_1 = require("./insats-link");
/**
 * grants the request's role (in its förbund, or system-wide), valid until further notice,
 * to the person the register holds under the request's personnummer (registering them if new).
 * An employment change is applied only when BA confirmed it in the decision, and is recorded in
 * the audit trail; otherwise a person registered with another employer never gets the role.
 * Finds the role by its natural key first, so a retry or a crash-and-redo grants it once.
 */
async function grantRoleInTx(tx, orderId) {
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
    let person = await tx.person.findUnique({ where: { personnummer: order.personnummer } });
    if (!person) {
        person = await tx.person.create({
            data: {
                id: (0, node_crypto_1.randomUUID)(),
                personnummer: order.personnummer,
                givenName: order.givenName,
                familyName: order.familyName,
                email: order.email,
                phone: order.phone,
                employerId: order.employerId,
            },
        });
        await (0, audit_1.audit)(tx, { key: `${orderId}:person-registered`, event: 'PERSON_REGISTERED', orderId, data: { personId: person.id, employerId: order.employerId } });
    }
    else if (person.employerId !== order.employerId) {
        if (!order.employmentChangeConfirmed) {
            // Only reachable when the person was registered with another employer after BA decided.
            throw activity_1.ApplicationFailure.nonRetryable(`Order ${orderId}: person ${person.id} is registered with ${person.employerId}, not ${order.employerId}, and BA did not confirm a change`, 'EMPLOYMENT_CHANGE_UNCONFIRMED');
        }
        await (0, audit_1.audit)(tx, { key: `${orderId}:employment-changed`, event: 'EMPLOYMENT_CHANGED', orderId, actorId: order.decidedById, data: { personId: person.id, from: person.employerId, to: order.employerId } });
        person = await tx.person.update({ where: { id: person.id }, data: { employerId: order.employerId, email: order.email, phone: order.phone } });
    }
    await tx.order.update({ where: { id: orderId }, data: { subjectPersonId: person.id } });
    const key = { personId: person.id, forbundId: order.forbundId, role: order.role };
    const role = (await tx.userRole.findFirst({ where: key })) ?? (await tx.userRole.create({ data: { id: (0, node_crypto_1.randomUUID)(), ...key, since: new Date(), grantedByOrderId: orderId } }));
    await (0, audit_1.audit)(tx, { key: `${orderId}:role-granted`, event: 'ROLE_GRANTED', orderId, data: { userRoleId: role.id, personId: person.id, role: order.role } });
    return { userRoleId: role.id };
}
/**
 * removes the request's role from the person; it leaves "Visa användare". Removing
 * a role that is already gone is a no-op, so a retry removes it once. A deltagaransvarig's links
 * to the förbund's insatser (and requests for them) end with the role, in the same
 * transaction: the system does it on behalf of whoever decided the removal.
 */
async function removeRoleInTx(tx, orderId) {
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
    const person = await tx.person.findUnique({ where: { personnummer: order.personnummer } });
    if (!person)
        return { removed: 0 };
    const removed = await tx.userRole.deleteMany({ where: { personId: person.id, forbundId: order.forbundId, role: order.role } });
    if (order.role === 'DELTAGARANSVARIG' && order.forbundId) {
        await (0, insats_link_1.endLinksInTx)(tx, { personId: person.id, forbundId: order.forbundId }, { reason: 'ROLE_REMOVED', at: new Date(), byId: null, onBehalfOfId: order.decidedById, key: `${orderId}:role-removed` });
    }
    await (0, audit_1.audit)(tx, { key: `${orderId}:role-removed`, event: 'ROLE_REMOVED', orderId, data: { personId: person.id, role: order.role, forbundId: order.forbundId, removed: removed.count } });
    return { removed: removed.count };
}
function grantRoleActivities({ db }) {
    return {
        /** The blankett 9480 workflow's grant (order9480Workflow). */
        async grantRole(orderId) {
            return db.$transaction((tx) => grantRoleInTx(tx, orderId));
        },
    };
}
//# sourceMappingURL=grant-role.js.map