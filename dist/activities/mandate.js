"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mandateActivities = mandateActivities;
/**
 * The activities of a beställare mandate (workflows/mandate.ts) and of the request kinds that
 * register and renew one. Each is idempotent: keyed audit events and outbox rows,
 * and writes guarded by the state they expect, so a retry after a crash changes nothing twice.
 */
const node_crypto_1 = require("node:crypto");
const activity_1 = require("@temporalio/activity");
const client_1 = require("@temporalio/client");
const audit_1 = require("../data/audit");
const subject_1 = require("../data/subject");
const mandate_1 = require("../domain/mandate");
const stockholm_time_1 = require("../domain/stockholm-time");
const start_mandate_workflow_1 = require("./start-mandate-workflow");
const mandate_definitions_1 = require("../workflows/mandate.definitions");
const email_1 = require("./email");
const DAY = 24 * 60 * 60 * 1000;
/** The request's last day (`validUntil`) as the mandate's half-open end. */
function requestedValidTo(payload) {
    const lastDay = (0, stockholm_time_1.parseCivilDate)(String(payload?.validUntil));
    if (!lastDay)
        throw new Error('The request has no valid validUntil');
    return (0, mandate_1.mandateEndAfter)(lastDay);
}
function mandateActivities(deps) {
    const { db } = deps;
    /**
     * Writes a mandate e-mail to the beställare and to each representative of the organisation
     * (once per occurrence), and sends them.
     */
    async function tellMandate(mandateId, template, occurrence, extra = {}, alsoRepresentatives = true) {
        const m = await db.bestallareMandate.findUniqueOrThrow({
            where: { id: mandateId },
            include: { person: true, organisation: { include: { representatives: { include: { person: true }, orderBy: { personId: 'asc' } } } } },
        });
        const facts = { mandateId, bestallareName: `${m.person.givenName} ${m.person.familyName}`, organisationName: m.organisation.name, lastDay: (0, mandate_1.lastDayOfMandate)(m.validTo) };
        const recipients = [
            { email: m.person.email, name: facts.bestallareName, audience: 'BESTALLARE' },
            ...(alsoRepresentatives ? m.organisation.representatives.filter((r) => r.personId !== m.personId).map((r) => ({ email: r.person.email, name: `${r.person.givenName} ${r.person.familyName}`, audience: 'REPRESENTATIVE' })) : []),
        ];
        for (const r of recipients) {
            const input = { template, ...facts, audience: r.audience, recipientName: r.name, ...extra };
            await (0, email_1.sendOutboxEmail)(deps, await (0, email_1.queueEmail)(deps, { subject: (0, subject_1.mandateSubject)(mandateId), recipient: r.email, input, occurrence }));
        }
    }
    /** Starts the mandate's workflow (once) and records its id on the mandate. */
    const ensureWorkflow = (mandateId) => (0, start_mandate_workflow_1.ensureMandateWorkflow)(db, activity_1.Context.current().client, activity_1.Context.current().info.taskQueue, mandateId);
    return {
        /** when this period's reminders are due (60 and 14 days before, on working days). */
        async planMandateReminders({ validTo }) {
            return { reminders: (0, mandate_1.mandateReminderTimes)(new Date(validTo)).map((r) => ({ daysBefore: r.daysBefore, at: r.at.toISOString() })) };
        },
        /** Reminds the beställare and the organisation's representatives that the mandate ends soon. */
        async remindMandate({ mandateId, generation, daysBefore, dueAt }) {
            const m = await db.bestallareMandate.findUniqueOrThrow({ where: { id: mandateId } });
            if (m.status === 'REVOKED')
                return;
            // Counted from when the reminder was due (the workflow's clock), not when a retry runs.
            const daysLeft = Math.max(1, Math.round((m.validTo.getTime() - Date.parse(dueAt)) / DAY));
            await tellMandate(mandateId, 'MANDATE_REMINDER', generation * 1000 + daysBefore, { daysLeft });
            await db.$transaction((tx) => (0, audit_1.audit)(tx, { key: `${mandateId}:reminder:${generation}:${daysBefore}`, event: 'MANDATE_REMINDER_SENT', subject: (0, subject_1.mandateSubject)(mandateId), data: { daysBefore, generation, dueAt, validTo: m.validTo.toISOString() } }));
        },
        /**
         * the mandate's end has come — EXPIRED, unless a renewal moved the end meanwhile (then
         * nothing changes and `expired` is false). New orders are refused from now on; orders
         * submitted before go on.
         */
        async expireMandate({ mandateId, validTo }) {
            const done = await db.$transaction(async (tx) => {
                const { count } = await tx.bestallareMandate.updateMany({ where: { id: mandateId, status: 'ACTIVE', validTo: new Date(validTo) }, data: { status: 'EXPIRED' } });
                const m = await tx.bestallareMandate.findUniqueOrThrow({ where: { id: mandateId } });
                const expired = count === 1 || (m.status === 'EXPIRED' && m.validTo.getTime() === Date.parse(validTo));
                if (expired)
                    await (0, audit_1.audit)(tx, { key: `${mandateId}:expired:${validTo}`, event: 'MANDATE_EXPIRED', subject: (0, subject_1.mandateSubject)(mandateId), data: { validTo } });
                return expired;
            });
            if (done)
                await tellMandate(mandateId, 'MANDATE_EXPIRED', Math.floor(Date.parse(validTo) / DAY));
            return { expired: done };
        },
        /** an approved renewal's new end, written once per renewal request. */
        async recordMandateRenewal({ mandateId, requestId, validTo, generation }) {
            await db.$transaction(async (tx) => {
                const key = `${mandateId}:renewed:${requestId}`;
                if (await tx.auditEvent.findUnique({ where: { key } }))
                    return; // a retry: already recorded
                const m = await tx.bestallareMandate.findUniqueOrThrow({ where: { id: mandateId } });
                if (m.status === 'REVOKED')
                    return;
                // the new period begins at the current end, or today when the mandate has ended.
                const now = new Date();
                const periodStart = m.validTo.getTime() > now.getTime() ? m.validTo : now;
                await tx.bestallareMandate.update({ where: { id: mandateId }, data: { validTo: new Date(validTo), periodStart, status: 'ACTIVE', renewals: { increment: 1 } } });
                const order = await tx.order.findUnique({ where: { id: requestId }, select: { submittedById: true, decidedById: true } });
                await (0, audit_1.audit)(tx, { key, event: 'MANDATE_RENEWED', subject: (0, subject_1.mandateSubject)(mandateId), actorId: order?.decidedById ?? null, data: { requestId, previousValidTo: m.validTo.toISOString(), validTo, generation, orderedById: order?.submittedById ?? null } });
            });
            await tellMandate(mandateId, 'MANDATE_RENEWED', generation);
            return { validTo };
        },
        /** Revoked by the Part's representative or BA: at once, for good; the beställare is told. */
        async revokeMandate({ mandateId, byId, byAuthMethod, reason }) {
            const revokedBy = await db.$transaction(async (tx) => {
                const m = await tx.bestallareMandate.findUniqueOrThrow({ where: { id: mandateId }, include: { revokedBy: true } });
                if (m.status !== 'REVOKED') {
                    await tx.bestallareMandate.update({ where: { id: mandateId }, data: { status: 'REVOKED', revokedAt: new Date(), revokedById: byId, revocationReason: reason?.trim() || null } });
                    await (0, audit_1.audit)(tx, { key: `${mandateId}:revoked`, event: 'MANDATE_REVOKED', subject: (0, subject_1.mandateSubject)(mandateId), actorId: byId, authMethod: byAuthMethod, data: reason?.trim() ? { reason: reason.trim() } : undefined });
                }
                return tx.person.findUniqueOrThrow({ where: { id: m.revokedById ?? byId } });
            });
            await tellMandate(mandateId, 'MANDATE_REVOKED', 0, { revokedByName: `${revokedBy.givenName} ${revokedBy.familyName}`, reason: reason?.trim() || null }, false);
        },
        /**
         * The effect of an approved registration: the mandate, from now for the period asked (at most two years, R-21, checked at submission and again at every round),
         * and its workflow. Once per request: the request id is the mandate's natural key.
         */
        async registerMandate({ requestId }) {
            const mandateId = await db.$transaction(async (tx) => {
                const existing = await tx.bestallareMandate.findUnique({ where: { registeredByOrderId: requestId } });
                if (existing)
                    return existing.id;
                const order = await tx.order.findUniqueOrThrow({ where: { id: requestId } });
                if (!order.subjectPersonId)
                    throw new Error(`Request ${requestId} names no registered person`);
                const id = (0, node_crypto_1.randomUUID)();
                const validFrom = new Date(); // it holds from when it is registered, after BA's approval
                const validTo = requestedValidTo(order.payload);
                await tx.bestallareMandate.create({ data: { id, personId: order.subjectPersonId, organisationId: order.employerId, validFrom, periodStart: validFrom, validTo, registeredByOrderId: requestId } });
                await (0, audit_1.audit)(tx, { key: `${id}:registered`, event: 'MANDATE_REGISTERED', subject: (0, subject_1.mandateSubject)(id), actorId: order.decidedById, data: { requestId, validFrom: validFrom.toISOString(), validTo: validTo.toISOString(), orderedById: order.submittedById } });
                return id;
            });
            await ensureWorkflow(mandateId);
            await tellMandate(mandateId, 'MANDATE_REGISTERED', 0);
            return { mandateId };
        },
        /**
         * The effect of an approved renewal: the mandate's workflow moves its end and
         * reminders (an Update, keyed by the request, so a retry renews once). A mandate revoked
         * since the request was approved stays revoked: the renewal is void, and audited as such.
         */
        async renewMandate({ requestId }) {
            const order = await db.order.findUniqueOrThrow({ where: { id: requestId } });
            const mandate = await db.bestallareMandate.findFirst({ where: { personId: order.subjectPersonId ?? '', organisationId: order.employerId }, orderBy: { validFrom: 'desc' } });
            if (!mandate || mandate.status === 'REVOKED') {
                await db.$transaction((tx) => (0, audit_1.audit)(tx, { key: `${requestId}:renewal-void`, event: 'MANDATE_RENEWAL_VOID', orderId: requestId, data: { reason: 'The mandate was revoked before the renewal took effect' } }));
                return { mandateId: null };
            }
            await ensureWorkflow(mandate.id);
            const handle = activity_1.Context.current().client.workflow.getHandle((0, mandate_definitions_1.mandateWorkflowId)(mandate.id));
            try {
                await handle.executeUpdate(mandate_definitions_1.renewMandateUpdate, { args: [{ requestId, validTo: requestedValidTo(order.payload).toISOString() }], updateId: `renew:${requestId}` });
            }
            catch (err) {
                // Refused by the workflow's validator (revoked meanwhile, or already renewed further).
                if (!(err instanceof client_1.WorkflowUpdateFailedError))
                    throw err;
                await db.$transaction((tx) => (0, audit_1.audit)(tx, { key: `${requestId}:renewal-void`, event: 'MANDATE_RENEWAL_VOID', orderId: requestId, data: { reason: String(err.cause?.message ?? err.message) } }));
                return { mandateId: null };
            }
            return { mandateId: mandate.id };
        },
    };
}
//# sourceMappingURL=mandate.js.map