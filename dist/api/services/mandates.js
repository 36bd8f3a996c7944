"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mandateScope = mandateScope;
exports.mandateView = mandateView;
exports.listMandates = listMandates;
exports.findVisibleMandate = findVisibleMandate;
exports.mandateDetail = mandateDetail;
exports.revokeMandate = revokeMandate;
const mandate_1 = require("../../domain/mandate");
const request_kinds_1 = require("../../domain/request-kinds");
const start_mandate_workflow_1 = require("../../activities/start-mandate-workflow");
const mandate_definitions_1 = require("../../workflows/mandate.definitions");
const roles_1 = require("../auth/roles");
const errors_1 = require("../errors");
const cursor_1 = require("./cursor");
const tasks_1 = require("./tasks");
const timeline_labels_1 = require("./timeline-labels");
const DAY = 24 * 60 * 60 * 1000;
// The kinds that register or renew a mandate, from the catalog.
const MANDATE_KINDS = Object.values(request_kinds_1.REQUEST_KINDS).filter((k) => (0, request_kinds_1.isMandateEffect)(k.effect)).map((k) => k.kind);
/** BA sees every mandate; a representative those of the organisations they sign for. */
function mandateScope(caller) {
    return caller.roles.includes('BA') ? {} : { organisationId: { in: caller.representativeFor } };
}
const include = { person: true, organisation: true };
/**
 * The state as of `now` (domain mandateStatus): a mandate past its end is EXPIRED even before its
 * workflow has recorded it (the moments in between, and mandates from before workflows until
 * they are adopted).
 */
function stateAt(m, now) {
    const status = (0, mandate_1.mandateStatus)(m, now);
    return status === 'VALID' || status === 'NOT_YET_VALID' ? 'ACTIVE' : status;
}
/** The rows whose state as of `now` (stateAt) is `state`. */
function inState(state, now) {
    if (state === 'ACTIVE')
        return { status: 'ACTIVE', validTo: { gt: now } };
    if (state === 'EXPIRED')
        return { OR: [{ status: 'EXPIRED' }, { status: 'ACTIVE', validTo: { lte: now } }] };
    return { status: 'REVOKED' };
}
function mandateView(m, now) {
    return {
        id: m.id,
        person: { id: m.person.id, name: `${m.person.givenName} ${m.person.familyName}`, email: m.person.email },
        organisation: { id: m.organisation.id, name: m.organisation.name },
        status: stateAt(m, now),
        validFrom: m.validFrom.toISOString(),
        validTo: m.validTo.toISOString(),
        lastDay: (0, mandate_1.lastDayOfMandate)(m.validTo),
        daysLeft: Math.ceil((m.validTo.getTime() - now.getTime()) / DAY),
        renewals: m.renewals,
        revokedAt: m.revokedAt?.toISOString() ?? null,
        maxRenewalLastDay: m.status === 'REVOKED' ? null : (0, mandate_1.latestLastDay)((0, mandate_1.maxRenewalEnd)(m.validTo, now)),
    };
}
/**
 * One page of the mandates the caller may see, soonest ending first (keyset on validTo, id). `expiringWithinDays` keeps the active
 * ones that end within that many days; without `status`, revoked mandates are left out.
 */
async function listMandates(db, caller, f) {
    if (f.organisationId && !caller.roles.includes('BA') && !caller.representativeFor.includes(f.organisationId)) {
        throw new errors_1.AppError('FORBIDDEN_ROLE', 'Du kan bara se beställare för de organisationer du företräder.');
    }
    const now = new Date();
    const after = f.cursor ? (0, cursor_1.decodeTimeCursor)(f.cursor) : null;
    const rows = await db.bestallareMandate.findMany({
        where: {
            AND: [
                mandateScope(caller),
                after ? { OR: [{ validTo: { gt: after.at } }, { validTo: after.at, id: { gt: after.id } }] } : {},
                f.organisationId ? { organisationId: f.organisationId } : {},
                f.status ? inState(f.status, now) : { status: { not: 'REVOKED' } },
                f.expiringWithinDays !== undefined ? { ...inState('ACTIVE', now), validTo: { gt: now, lte: new Date(now.getTime() + f.expiringWithinDays * DAY) } } : {},
            ],
        },
        include,
        orderBy: [{ validTo: 'asc' }, { id: 'asc' }],
        take: f.limit + 1,
    });
    const page = (0, cursor_1.pageOf)(rows, f.limit, (m) => m.validTo);
    return { items: page.items.map((m) => mandateView(m, now)), nextCursor: page.nextCursor };
}
/** The mandate, if the caller may see it (404 otherwise: nothing about other organisations). */
async function findVisibleMandate(db, caller, id) {
    const m = await db.bestallareMandate.findFirst({ where: { id, ...mandateScope(caller) }, include });
    if (!m)
        throw (0, errors_1.notFound)('Uppdraget som beställare finns inte.');
    return m;
}
/** The mandate with its history (the audit trail of the mandate) and its requests. */
async function mandateDetail(db, caller, id) {
    const m = await findVisibleMandate(db, caller, id);
    const [events, requests] = await Promise.all([
        db.auditEvent.findMany({ where: { subjectType: 'MANDATE', subjectId: id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
        db.order.findMany({ where: { kind: { in: MANDATE_KINDS }, subjectPersonId: m.personId, employerId: m.organisationId }, orderBy: { submittedAt: 'asc' } }),
    ]);
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((a) => a !== null))];
    const actors = new Map((await db.person.findMany({ where: { id: { in: actorIds } } })).map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
    return {
        ...mandateView(m, new Date()),
        history: events.map((e) => ({ at: e.at.toISOString(), event: e.event, label: (0, timeline_labels_1.timelineLabel)(e.event), actor: e.actorId ? actors.get(e.actorId) ?? null : null, data: e.data ?? null })),
        requests: requests.map((o) => ({ id: o.id, kind: o.kind, status: o.status, submittedAt: o.submittedAt.toISOString(), validUntil: String(o.payload?.validUntil ?? '') || null })),
    };
}
const REVOKE_REFUSALS = {
    MANDATE_ALREADY_REVOKED: () => new errors_1.AppError('MANDATE_ALREADY_REVOKED', 'Uppdraget som beställare är redan återkallat.'),
    MANDATE_END_NOT_LATER: () => new errors_1.AppError('MANDATE_END_NOT_LATER', 'Slutdatumet måste vara senare än uppdragets nuvarande.'),
    FORBIDDEN_ROLE: () => new errors_1.AppError('FORBIDDEN_ROLE', 'Bara behörighetsadministrationen eller en behörig företrädare för organisationen kan återkalla uppdraget.'),
};
/**
 * Revokes the mandate at once (the Part's representative or BA): the mandate's workflow records
 * it, tells the beställare and ends. Checked here for a clear answer, and again by the Update's
 * validator from the workflow's own state.
 */
async function revokeMandate(deps, caller, id, reason) {
    const m = await findVisibleMandate(deps.db, caller, id);
    if (m.status === 'REVOKED')
        throw REVOKE_REFUSALS.MANDATE_ALREADY_REVOKED();
    // A mandate that predates registration gets its workflow now.
    await (0, start_mandate_workflow_1.ensureMandateWorkflow)(deps.db, deps.temporal, deps.config.TEMPORAL_TASK_QUEUE, m.id);
    try {
        await (0, tasks_1.withinDecisionWait)(deps.temporal, () => deps.temporal.workflow.getHandle((0, mandate_definitions_1.mandateWorkflowId)(id)).executeUpdate(mandate_definitions_1.revokeMandateUpdate, { args: [{ by: (0, roles_1.actorOf)(caller), reason }] }));
    }
    catch (err) {
        const type = err.cause?.type;
        if (type && type in REVOKE_REFUSALS)
            throw REVOKE_REFUSALS[type]();
        (0, tasks_1.refusalOfUpdate)(err);
    }
    return mandateDetail(deps.db, caller, id);
}
//# sourceMappingURL=mandates.js.map