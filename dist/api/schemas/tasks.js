"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZRuleFinding = exports.ZDecisionResult = exports.ZTaskPage = exports.ZTaskView = exports.ZDecision = void 0;
const zod_1 = require("zod");
const order_status_1 = require("../../domain/order-status");
const stage_1 = require("../../domain/request-kinds/stage");
const roles_1 = require("../../domain/roles");
exports.ZDecision = zod_1.z
    .strictObject({
    // What a task allows is in its `decisions`: APPROVE/REJECT at BA, FORWARD/RETURN at AF's service desk.
    decision: zod_1.z.enum(stage_1.STAGE_DECISIONS, { error: 'Beslut ska vara APPROVE, REJECT, RETURN eller FORWARD.' }),
    reason: zod_1.z.string({ error: 'Skälet ska vara text.' }).trim().max(2000, 'Skälet får vara högst 2000 tecken.').optional(),
    // An employment change is approved only with this explicit confirmation (never merged silently).
    confirmEmploymentChange: zod_1.z.boolean({ error: 'confirmEmploymentChange ska vara true eller false.' }).optional(),
})
    .refine((d) => (d.decision !== 'REJECT' && d.decision !== 'RETURN') || Boolean(d.reason), { path: ['reason'], message: 'Ange ett skäl när beställningen avslås eller skickas tillbaka.' });
const ZRuleFinding = zod_1.z.object({ rule: zod_1.z.string(), code: zod_1.z.string(), message: zod_1.z.string() });
exports.ZRuleFinding = ZRuleFinding;
exports.ZTaskView = zod_1.z.object({
    id: zod_1.z.string(),
    kind: zod_1.z.string(),
    status: zod_1.z.enum(['OPEN', 'CLOSED']),
    orderId: zod_1.z.string(),
    /** The request's round: 1, and one more each time a returned request is resubmitted. */
    round: zod_1.z.number().int(),
    stage: zod_1.z.string(),
    stageLabel: zod_1.z.string(),
    actorRole: zod_1.z.enum(roles_1.STAFF_ROLES),
    /** What may be decided at this stage. */
    decisions: zod_1.z.array(zod_1.z.enum(stage_1.STAGE_DECISIONS)),
    forbundId: zod_1.z.string().nullable(),
    subject: zod_1.z.string(),
    submittedAt: zod_1.z.string(),
    dueAt: zod_1.z.string(),
    /** Open and past its due date. */
    overdue: zod_1.z.boolean(),
    /** Overdue and shown to the stage's escalation role too. */
    escalated: zod_1.z.boolean(),
    claimedBy: zod_1.z.string().nullable(),
    /** The claimer's name, for the queue ("handläggs av …"). */
    claimedByName: zod_1.z.string().nullable(),
    claimedAt: zod_1.z.string().nullable(),
    closedAt: zod_1.z.string().nullable(),
    remindersSent: zod_1.z.number().int(),
    decision: zod_1.z.enum(stage_1.STAGE_DECISIONS).nullable(),
    decisionReason: zod_1.z.string().nullable(),
    /** The register has the person with another employer: BA must confirm the change to approve. */
    employmentChange: zod_1.z.object({ fromOrganisationId: zod_1.z.string(), toOrganisationId: zod_1.z.string() }).nullable(),
    /** Rule findings only BA sees (from outside the beställare's organisation); any blocks approval. */
    reviewFindings: zod_1.z.array(ZRuleFinding),
});
exports.ZTaskPage = zod_1.z.object({ items: zod_1.z.array(exports.ZTaskView), nextCursor: zod_1.z.string().nullable() });
exports.ZDecisionResult = zod_1.z.object({ status: zod_1.z.enum(order_status_1.ORDER_STATUSES) });
//# sourceMappingURL=tasks.js.map