"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZOrderEmail = exports.ZOrderView = void 0;
const zod_1 = require("zod");
const order_status_1 = require("../../domain/order-status");
const roles_1 = require("../../domain/roles");
const tasks_1 = require("./tasks");
/** An order as docs/api.md shows it. `review` is present for BA only. */
exports.ZOrderView = zod_1.z.object({
    id: zod_1.z.string(),
    kind: zod_1.z.string(),
    status: zod_1.z.enum(order_status_1.ORDER_STATUSES),
    /** BESTALLARE for a mandate registration or renewal. */
    role: zod_1.z.enum(roles_1.REQUESTED_ROLES),
    /** Null for a role held for the whole system (superadministratör). */
    forbundId: zod_1.z.string().nullable(),
    protectedIdentity: zod_1.z.boolean(),
    user: zod_1.z.object({
        personnummer: zod_1.z.string(),
        givenName: zod_1.z.string(),
        familyName: zod_1.z.string(),
        email: zod_1.z.string(),
        phone: zod_1.z.string().nullable(),
        employerId: zod_1.z.string(),
    }),
    submittedBy: zod_1.z.object({ personId: zod_1.z.string(), name: zod_1.z.string() }),
    submittedAt: zod_1.z.string(),
    /** The open task, or the last one. */
    taskId: zod_1.z.string().nullable(),
    /** The stage the request waits at, while it waits at one. */
    stage: zod_1.z.object({ id: zod_1.z.string(), label: zod_1.z.string() }).nullable(),
    round: zod_1.z.number().int(),
    /** Why the request was returned to the orderer, while it is RETURNED. */
    returnReason: zod_1.z.string().nullable(),
    decision: zod_1.z.enum(['APPROVE', 'REJECT']).nullable(),
    decisionReason: zod_1.z.string().nullable(),
    decidedAt: zod_1.z.string().nullable(),
    rejectionReasons: zod_1.z.array(tasks_1.ZRuleFinding),
    completedAt: zod_1.z.string().nullable(),
    /** The audit trail of the request: `event` is the code, `label` says it in Swedish. */
    timeline: zod_1.z.array(zod_1.z.object({ at: zod_1.z.string(), event: zod_1.z.string(), label: zod_1.z.string(), by: zod_1.z.string().optional() })),
    review: zod_1.z
        .object({
        subjectPersonId: zod_1.z.string().nullable(),
        employmentChange: zod_1.z.object({ fromOrganisationId: zod_1.z.string(), toOrganisationId: zod_1.z.string(), confirmed: zod_1.z.boolean() }).nullable(),
        findings: zod_1.z.array(tasks_1.ZRuleFinding),
    })
        .optional(),
});
/** An e-mail the request caused, as BA sees it on the request page (the outbox row). */
exports.ZOrderEmail = zod_1.z.object({
    id: zod_1.z.string(),
    template: zod_1.z.string(),
    recipient: zod_1.z.string(),
    subject: zod_1.z.string(),
    status: zod_1.z.enum(['PENDING', 'SENT', 'FAILED']),
    createdAt: zod_1.z.string(),
    sentAt: zod_1.z.string().nullable(),
});
//# sourceMappingURL=orders.js.map