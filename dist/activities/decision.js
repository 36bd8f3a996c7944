"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decisionActivities = decisionActivities;
const activity_1 = require("@temporalio/activity");
const audit_1 = require("../data/audit");
function decisionActivities({ db }) {
    return {
        /** Records BA's decision on the order (once; a retry finds it recorded). */
        async recordDecision(d) {
            const status = d.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
            return db.$transaction(async (tx) => {
                const order = await tx.order.findUniqueOrThrow({ where: { id: d.orderId } });
                if (order.decision && order.decision !== d.decision) {
                    throw activity_1.ApplicationFailure.nonRetryable(`Order ${d.orderId} already decided ${order.decision}`, 'ALREADY_DECIDED');
                }
                await tx.order.update({
                    where: { id: d.orderId },
                    data: {
                        decision: d.decision,
                        decisionReason: d.reason?.trim() || null,
                        decidedById: d.decidedById,
                        decidedAt: new Date(d.decidedAt),
                        employmentChangeConfirmed: d.decision === 'APPROVE' && d.confirmEmploymentChange === true,
                        status,
                    },
                });
                // Whoever decides holds the task from now on.
                await tx.task.updateMany({ where: { orderId: d.orderId, claimedById: null }, data: { claimedById: d.decidedById, claimedAt: new Date(d.decidedAt) } });
                await (0, audit_1.audit)(tx, {
                    key: `${d.orderId}:decided`,
                    event: d.decision === 'APPROVE' ? 'ORDER_APPROVED' : 'ORDER_REJECTED',
                    orderId: d.orderId,
                    actorId: d.decidedById,
                    authMethod: d.decidedByAuthMethod,
                    at: new Date(d.decidedAt),
                    data: {
                        ...(d.reason ? { reason: d.reason } : {}),
                        ...(d.decision === 'APPROVE' && order.registeredEmployerId ? { employmentChange: { from: order.registeredEmployerId, to: order.employerId }, confirmed: d.confirmEmploymentChange === true } : {}),
                    },
                });
                return status;
            });
        },
        /** Closes the BA task and ends the order: COMPLETED when approved, REJECTED otherwise. */
        async completeOrder(orderId) {
            return db.$transaction(async (tx) => {
                const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
                const status = order.decision === 'APPROVE' ? 'COMPLETED' : 'REJECTED';
                const now = new Date();
                await tx.order.update({ where: { id: orderId }, data: { status, completedAt: order.completedAt ?? now } });
                await tx.task.updateMany({ where: { orderId, status: 'OPEN' }, data: { status: 'CLOSED', closedAt: now } });
                await (0, audit_1.audit)(tx, { key: `${orderId}:completed`, event: status === 'COMPLETED' ? 'ORDER_COMPLETED' : 'ORDER_CLOSED', orderId });
                return status;
            });
        },
    };
}
//# sourceMappingURL=decision.js.map