"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toOrderView = toOrderView;
exports.findOrderView = findOrderView;
exports.listOrderViews = listOrderViews;
const rule_violations_1 = require("../../data/rule-violations");
const cursor_1 = require("./cursor");
const timeline_labels_1 = require("./timeline-labels");
const include = {
    submittedBy: true,
    tasks: { orderBy: [{ round: 'desc' }, { dueAt: 'desc' }] },
    auditEvents: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
};
/**
 * The order as docs/api.md shows it, timeline included (from the audit trail). `review` is for BA
 * only: what the register holds about the person may come from outside the beställare's
 * organisation (another employer, rule findings), and a beställare never sees it.
 */
function toOrderView(o, forBa) {
    const current = o.tasks.find((t) => t.status === 'OPEN') ?? o.tasks[0];
    return {
        id: o.id,
        kind: o.kind,
        status: o.status,
        role: o.role,
        forbundId: o.forbundId,
        protectedIdentity: o.protectedIdentity,
        user: { personnummer: o.personnummer, givenName: o.givenName, familyName: o.familyName, email: o.email, phone: o.phone, employerId: o.employerId },
        submittedBy: { personId: o.submittedBy.id, name: `${o.submittedBy.givenName} ${o.submittedBy.familyName}` },
        submittedAt: o.submittedAt.toISOString(),
        taskId: current?.id ?? null,
        stage: o.tasks.some((t) => t.status === 'OPEN') ? { id: current.stage, label: current.stageLabel } : null,
        round: o.round,
        returnReason: o.returnReason,
        decision: o.decision,
        decisionReason: o.decisionReason,
        decidedAt: o.decidedAt?.toISOString() ?? null,
        rejectionReasons: (0, rule_violations_1.ruleViolationsIn)(o.rejectionReasons),
        completedAt: o.completedAt?.toISOString() ?? null,
        timeline: o.auditEvents.map((e) => ({ at: e.at.toISOString(), event: e.event, label: (0, timeline_labels_1.timelineLabel)(e.event), ...(e.actorId ? { by: e.actorId } : {}) })),
        ...(forBa
            ? {
                review: {
                    subjectPersonId: o.subjectPersonId,
                    employmentChange: o.registeredEmployerId ? { fromOrganisationId: o.registeredEmployerId, toOrganisationId: o.employerId, confirmed: o.employmentChangeConfirmed } : null,
                    findings: (0, rule_violations_1.ruleViolationsIn)(o.reviewFindings),
                },
            }
            : {}),
    };
}
async function findOrderView(db, id, forBa = false) {
    const order = await db.order.findUnique({ where: { id }, include });
    return order ? toOrderView(order, forBa) : null;
}
/** One page of requests, newest first (keyset on submittedAt, id). */
async function listOrderViews(db, where, q, forBa) {
    const and = [where];
    if (q.cursor) {
        const { key, id } = (0, cursor_1.decodeCursor)(q.cursor);
        and.push({ OR: [{ submittedAt: { lt: key } }, { submittedAt: key, id: { lt: id } }] });
    }
    const orders = await db.order.findMany({ where: { AND: and }, include, orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }], take: q.limit + 1 });
    const page = (0, cursor_1.pageOf)(orders, q.limit, (o) => o.submittedAt);
    return { items: page.items.map((o) => toOrderView(o, forBa)), nextCursor: page.nextCursor };
}
//# sourceMappingURL=order-view.js.map