"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reassessStoredRequest = reassessStoredRequest;
exports.eligibilityActivities = eligibilityActivities;
const activity_1 = require("@temporalio/activity");
const eligibility_context_1 = require("../data/eligibility-context");
const request_kinds_1 = require("../domain/request-kinds");
const audit_1 = require("../data/audit");
const prisma_1 = require("../data/prisma");
/**
 * A stored request's rules again, against today's data: what the orderer may be told (the
 * request is then rejected), and the findings from outside their organisation, which are stored
 * on the request for BA instead (domain/request-kinds, assessRequest). Shared by both workflows.
 */
async function reassessStoredRequest(deps, orderId, kindOf) {
    const { db } = deps;
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const kind = kindOf(order.kind);
    const validUntil = order.payload?.validUntil;
    const draft = {
        personnummer: order.personnummer,
        role: order.role,
        forbundId: order.forbundId,
        protectedIdentity: order.protectedIdentity,
        user: { givenName: order.givenName, familyName: order.familyName, email: order.email, phone: order.phone, employerId: order.employerId },
        // The mandate kinds: the period asked for.
        ...((0, request_kinds_1.isMandateEffect)(kind.effect) && typeof validUntil === 'string' ? { mandateLastDay: validUntil } : {}),
    };
    const loaded = await (0, eligibility_context_1.loadEligibilityContext)(db, { ordererId: order.submittedById, draft, orderId, nonGrantKinds: (0, request_kinds_1.nonGrantKinds)(deps.catalog) }, new Date());
    if (!loaded.ok) {
        // The API checked these references; losing one afterwards is a data error, not a rule.
        throw activity_1.ApplicationFailure.nonRetryable(`Order ${orderId} refers to missing data: ${JSON.stringify(loaded)}`, 'MISSING_REFERENCE');
    }
    const { refusals, reviewFindings } = (0, request_kinds_1.assessRequest)(kind, loaded.visibleCtx, loaded.ctx);
    // Written only when there is something to write or clear: most requests have no findings.
    if (reviewFindings.length > 0 || order.reviewFindings !== null) {
        await db.order.update({ where: { id: orderId }, data: { reviewFindings: reviewFindings.length > 0 ? reviewFindings : prisma_1.Prisma.DbNull } });
    }
    return { order, refusals, reviewFindings, subject: loaded.subject };
}
function eligibilityActivities(deps) {
    const { db } = deps;
    return {
        /** order9480Workflow's check, R-08 (and ), see reassessStoredRequest. */
        async checkEligibility(orderId) {
            return (await reassessStoredRequest(deps, orderId, () => request_kinds_1.REQUEST_KINDS.USER_9480)).refusals;
        },
        async rejectIneligible({ orderId, violations }) {
            await db.$transaction(async (tx) => {
                await tx.order.update({
                    where: { id: orderId },
                    data: { status: 'REJECTED', rejectionReasons: violations, completedAt: new Date() },
                });
                await (0, audit_1.audit)(tx, { key: `${orderId}:rejected-by-rules`, event: 'ORDER_REJECTED_BY_RULES', orderId, data: { rules: violations.map((v) => v.rule) } });
            });
            return 'REJECTED';
        },
    };
}
//# sourceMappingURL=eligibility.js.map