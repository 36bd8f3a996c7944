"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kindOf = kindOf;
exports.requestActivities = requestActivities;
/**
 * The request engine's activities (workflows/request.ts): rules per kind, a task per stage,
 * stage decisions, resubmission, cancellation and the kind's effect. Each is idempotent: keyed
 * writes and audit events, so a retry after a crash changes nothing twice.
 */
const activity_1 = require("@temporalio/activity");
const audit_1 = require("../data/audit");
const prisma_1 = require("../data/prisma");
const rule_violations_1 = require("../data/rule-violations");
const roles_1 = require("../domain/roles");
const request_kinds_1 = require("../domain/request-kinds");
const working_days_1 = require("../domain/working-days");
const eligibility_1 = require("./eligibility");
const email_1 = require("./email");
const grant_role_1 = require("./grant-role");
const mandate_1 = require("./mandate");
const AUDIT_EVENT = { APPROVE: 'STAGE_APPROVED', FORWARD: 'STAGE_FORWARDED', REJECT: 'ORDER_REJECTED', RETURN: 'ORDER_RETURNED' };
function kindOf(deps, kind) {
    const found = (0, request_kinds_1.findKind)(kind, deps.catalog);
    if (!found)
        throw activity_1.ApplicationFailure.nonRetryable(`Unknown request kind ${kind}`, 'UNKNOWN_KIND');
    return found;
}
function requestActivities(deps) {
    const { db, settings } = deps;
    const mandates = (0, mandate_1.mandateActivities)(deps);
    /** Who is told about a stage's task: BA's mailbox for BA, otherwise the role's holders in scope. */
    async function mailboxesOf(role, scopeOrganisationId) {
        if (role === 'BA')
            return [settings.baMailbox];
        const holders = await db.staffAssignment.findMany({
            where: { role: role, ...(scopeOrganisationId ? { person: { employerId: scopeOrganisationId } } : {}) },
            include: { person: true },
            orderBy: { personId: 'asc' },
        });
        return holders.map((h) => h.person.email);
    }
    return {
        /**
         * Writes the outcome's e-mails to the outbox (once per round) for the parties the kind
         * names, and returns their ids in send order. Rule refusals go to the orderer only: they
         * are written for them.
         */
        async queueRequestEmails({ requestId, outcome }) {
            const order = await db.order.findUniqueOrThrow({ where: { id: requestId }, include: { forbund: true, submittedBy: true } });
            const kind = kindOf(deps, order.kind);
            const ordererName = `${order.submittedBy.givenName} ${order.submittedBy.familyName}`;
            const base = {
                orderId: requestId,
                systemName: (0, roles_1.isRole)(order.role) && roles_1.ROLE_DEFINITIONS[order.role].catalog === 'SUS' ? 'SUS' : 'Uppföljning Finsam',
                userName: `${order.givenName} ${order.familyName}`,
                roleLabel: (0, roles_1.roleLabel)(order.role),
                forbundName: order.forbund?.name ?? null,
                ordererName,
            };
            const legacy = { orderId: requestId, userName: base.userName, bestallareName: ordererName, roleLabel: base.roleLabel, forbundName: base.forbundName ?? '' };
            const address = { SUBJECT: order.email, ORDERER: order.submittedBy.email };
            const mails = [];
            if (outcome === 'RETURNED') {
                const returned = await db.task.findFirst({ where: { orderId: requestId, round: order.round, decision: 'RETURN' } });
                mails.push({ recipient: address.ORDERER, input: { template: 'REQUEST_RETURNED_ORDERER', ...base, stageLabel: returned?.stageLabel ?? 'Behörighetsadministrationen', reason: order.returnReason ?? '' } });
            }
            else if (outcome === 'APPROVED' && (0, request_kinds_1.isMandateEffect)(kind.effect)) {
                // The mandate's own e-mails say it (activities/mandate.ts): registered or renewed, until when.
            }
            else if (outcome === 'APPROVED') {
                const decidedAt = (order.decidedAt ?? new Date()).toISOString();
                for (const party of kind.notify.approved) {
                    const recipient = address[party];
                    if (kind.effect === 'REMOVE')
                        mails.push({ recipient, input: { template: party === 'SUBJECT' ? 'ROLE_REMOVED_USER' : 'ROLE_REMOVED_ORDERER', ...base } });
                    else if (party === 'SUBJECT' && (0, roles_1.isFinsamRole)(order.role))
                        mails.push({ recipient, input: { template: 'ORDER_APPROVED_USER', ...legacy, role: order.role } });
                    else if (party === 'SUBJECT')
                        mails.push({ recipient, input: { template: 'REQUEST_APPROVED_USER', ...base } });
                    else if (kind.mails === 'BLANKETT_9480')
                        mails.push({ recipient, input: { template: 'ORDER_APPROVED_BESTALLARE', ...legacy, decidedAt } });
                    else
                        mails.push({ recipient, input: { template: 'REQUEST_APPROVED_ORDERER', ...base, decidedAt } });
                }
            }
            else {
                const reasons = outcome === 'REJECTED' ? [order.decisionReason ?? ''] : (0, rule_violations_1.ruleViolationsIn)(order.rejectionReasons).map((v) => v.message);
                const parties = outcome === 'INELIGIBLE' ? ['ORDERER'] : kind.notify.rejected;
                for (const party of parties) {
                    const recipient = address[party];
                    if (party === 'ORDERER' && kind.mails === 'BLANKETT_9480')
                        mails.push({ recipient, input: { template: 'ORDER_REJECTED_BESTALLARE', ...legacy, reasons } });
                    else
                        mails.push({ recipient, input: { template: 'REQUEST_REJECTED', ...base, audience: party, reasons } });
                }
            }
            const occurrence = outcome === 'RETURNED' ? order.round : 0;
            const ids = [];
            for (const { recipient, input } of mails)
                ids.push(await (0, email_1.queueEmail)(deps, { orderId: requestId, recipient, input, occurrence }));
            return ids;
        },
        /** The kind's rules against today's data (the orderer's rights, the person's roles). */
        async checkRequestRules({ requestId }) {
            const { order, refusals, reviewFindings, subject: person } = await (0, eligibility_1.reassessStoredRequest)(deps, requestId, (kind) => kindOf(deps, kind));
            const employmentChange = person !== null && person.employerId !== order.employerId;
            if (person && (order.subjectPersonId !== person.id || (employmentChange && order.registeredEmployerId !== person.employerId))) {
                await db.order.update({ where: { id: requestId }, data: { subjectPersonId: person.id, registeredEmployerId: employmentChange ? person.employerId : null } });
            }
            return { refusals, subjectPersonId: person?.id ?? null, employmentChange, reviewFindings: reviewFindings.length };
        },
        /** Opens the stage's task in its role's queue, due after the stage's working days. */
        async openStageTask({ requestId, taskId, round, stage, openedAt }) {
            return db.$transaction(async (tx) => {
                const order = await tx.order.findUniqueOrThrow({ where: { id: requestId }, include: { forbund: true } });
                const kind = kindOf(deps, order.kind);
                const notes = [
                    round > 1 ? `omgång ${round}` : null,
                    stage.actorRole === 'BA' && order.registeredEmployerId ? 'byte av arbetsgivare' : null,
                    stage.actorRole === 'BA' && (0, rule_violations_1.ruleViolationsIn)(order.reviewFindings).length > 0 ? 'kräver granskning' : null,
                ].filter(Boolean);
                const task = await tx.task.upsert({
                    where: { orderId_round_stage: { orderId: requestId, round, stage: stage.id } },
                    create: {
                        id: taskId,
                        kind: order.kind,
                        status: 'OPEN',
                        orderId: requestId,
                        round,
                        stage: stage.id,
                        stageLabel: stage.label,
                        actorRole: stage.actorRole,
                        decisions: [...stage.decisions],
                        scopeOrganisationId: stage.scope === 'SUBJECT_EMPLOYER' ? order.employerId : null,
                        escalationRole: stage.escalationRole ?? null,
                        forbundId: order.forbundId,
                        subject: `${kind.label}: ${order.givenName} ${order.familyName}, ${(0, roles_1.roleLabel)(order.role)}${order.forbund ? `, ${order.forbund.name}` : ''}${notes.length ? ` (${notes.join(', ')})` : ''}`,
                        submittedAt: order.submittedAt,
                        dueAt: (0, working_days_1.addWorkingDays)(new Date(openedAt), stage.dueWorkingDays),
                    },
                    update: {},
                });
                await tx.order.updateMany({ where: { id: requestId, status: 'SUBMITTED' }, data: { status: 'IN_REVIEW' } });
                await (0, audit_1.audit)(tx, { key: `${requestId}:task-opened:${round}:${stage.id}`, event: 'TASK_OPENED', orderId: requestId, data: { taskId: task.id, stage: stage.id, round, dueAt: task.dueAt.toISOString() } });
                return { dueAt: task.dueAt.toISOString() };
            });
        },
        /**
         * Records a stage's decision on its task, and on the request when it ends the round:
         * APPROVE/REJECT as the request's decision, RETURN with its reason. Once: a retry finds it.
         */
        async recordStageDecision(d) {
            return db.$transaction(async (tx) => {
                const task = await tx.task.findUniqueOrThrow({ where: { id: d.taskId } });
                if (task.decision && task.decision !== d.decision)
                    throw activity_1.ApplicationFailure.nonRetryable(`Task ${d.taskId} already decided ${task.decision}`, 'ALREADY_DECIDED');
                const at = new Date(d.decidedAt);
                const reason = d.reason?.trim() || null;
                await tx.task.update({
                    where: { id: d.taskId },
                    data: { decision: d.decision, decisionReason: reason, decidedById: d.decidedById, decidedAt: at, status: 'CLOSED', closedAt: at, claimedById: task.claimedById ?? d.decidedById, claimedAt: task.claimedAt ?? at },
                });
                let status = 'IN_REVIEW';
                if (d.decision === 'RETURN') {
                    status = 'RETURNED';
                    await tx.order.update({ where: { id: d.requestId }, data: { status, returnReason: reason } });
                }
                else if (d.final) {
                    status = d.decision === 'REJECT' ? 'REJECTED' : 'APPROVED';
                    await tx.order.update({
                        where: { id: d.requestId },
                        data: { status, decision: d.decision === 'REJECT' ? 'REJECT' : 'APPROVE', decisionReason: reason, decidedById: d.decidedById, decidedAt: at, employmentChangeConfirmed: status === 'APPROVED' && d.confirmEmploymentChange === true },
                    });
                }
                const event = d.final && d.decision === 'APPROVE' ? 'ORDER_APPROVED' : AUDIT_EVENT[d.decision];
                await (0, audit_1.audit)(tx, { key: `${d.requestId}:decided:${d.round}:${d.stage}`, event, orderId: d.requestId, actorId: d.decidedById, authMethod: d.decidedByAuthMethod, at, data: { stage: d.stage, round: d.round, ...(reason ? { reason } : {}) } });
                return status;
            });
        },
        /** The orderer's corrected request: new values, the next round, back to SUBMITTED. */
        async applyResubmission({ requestId, round, changes, byId, byAuthMethod }) {
            return db.$transaction(async (tx) => {
                const order = await tx.order.findUniqueOrThrow({ where: { id: requestId } });
                if (order.round >= round)
                    return order.round; // a retry: already applied
                await tx.order.update({
                    where: { id: requestId },
                    data: { ...changes, round, status: 'SUBMITTED', returnReason: null, reviewFindings: prisma_1.Prisma.DbNull, registeredEmployerId: null },
                });
                await (0, audit_1.audit)(tx, { key: `${requestId}:resubmitted:${round}`, event: 'ORDER_RESUBMITTED', orderId: requestId, actorId: byId, authMethod: byAuthMethod, data: { round } });
                return round;
            });
        },
        /** The orderer withdrew the request: its open tasks close, nothing is granted. */
        async cancelRequest({ requestId, byId, byAuthMethod, reason }) {
            await db.$transaction(async (tx) => {
                const now = new Date();
                await tx.order.update({ where: { id: requestId }, data: { status: 'CANCELLED', completedAt: now } });
                await tx.task.updateMany({ where: { orderId: requestId, status: 'OPEN' }, data: { status: 'CLOSED', closedAt: now } });
                await (0, audit_1.audit)(tx, { key: `${requestId}:cancelled`, event: 'ORDER_CANCELLED', orderId: requestId, actorId: byId, authMethod: byAuthMethod, data: reason ? { reason } : undefined });
            });
            return 'CANCELLED';
        },
        /**
         * The kind's effect: grant the role or remove it, in one transaction (R-09, R-11); or register
         * or renew a beställare mandate, which its own workflow then carries (R-20, R-21).
         */
        async applyEffect({ requestId, effect }) {
            if (effect === 'REGISTER_MANDATE')
                return void (await mandates.registerMandate({ requestId }));
            if (effect === 'RENEW_MANDATE')
                return void (await mandates.renewMandate({ requestId }));
            await db.$transaction(async (tx) => {
                if (effect === 'GRANT')
                    await (0, grant_role_1.grantRoleInTx)(tx, requestId);
                else
                    await (0, grant_role_1.removeRoleInTx)(tx, requestId);
            });
        },
        /**
         * Reminds the stage's mailbox (and whoever claimed the task) that the task is overdue; the
         * first time, escalates it to the stage's escalation role too (the task then shows in that
         * role's queue). Returns when to remind next. `occurrence` keys the e-mails.
         */
        async remindStage({ taskId, occurrence, now, remindEveryWorkingDays }) {
            const task = await db.task.findUniqueOrThrow({ where: { id: taskId }, include: { claimedBy: true } });
            const at = new Date(now);
            const input = {
                template: 'BA_TASK_OVERDUE',
                taskId,
                orderId: task.orderId,
                subject: `${task.stageLabel} – ${task.subject}`,
                submittedAt: task.submittedAt.toISOString(),
                dueAt: task.dueAt.toISOString(),
                workingDaysOverdue: Math.max(1, (0, working_days_1.workingDaysBetween)(task.dueAt, at)),
            };
            const recipients = new Set([...(await mailboxesOf(task.actorRole, task.scopeOrganisationId)), ...(task.claimedBy ? [task.claimedBy.email] : [])]);
            // E-mails are keyed per task and occurrence: another stage or round reminds afresh.
            const key = Number.parseInt(taskId.replace(/-/g, '').slice(0, 5), 16) * 100 + occurrence;
            for (const recipient of recipients)
                await (0, email_1.sendOutboxEmail)(deps, await (0, email_1.queueEmail)(deps, { orderId: task.orderId, recipient, input, occurrence: key }));
            if (task.escalationRole && occurrence === 1) {
                const escalation = { ...input, template: 'TASK_ESCALATED', stageLabel: task.stageLabel };
                for (const recipient of await mailboxesOf(task.escalationRole, null)) {
                    await (0, email_1.sendOutboxEmail)(deps, await (0, email_1.queueEmail)(deps, { orderId: task.orderId, recipient, input: escalation, occurrence: key }));
                }
            }
            await db.$transaction(async (tx) => {
                await tx.task.update({ where: { id: taskId }, data: { remindersSent: Math.max(task.remindersSent, occurrence), ...(task.escalationRole && !task.escalatedAt ? { escalatedAt: at } : {}) } });
                await (0, audit_1.audit)(tx, { key: `${taskId}:reminder:${occurrence}`, event: task.escalationRole && occurrence === 1 ? 'TASK_ESCALATED' : 'REMINDER_SENT', orderId: task.orderId, data: { occurrence, stage: task.stage, ...(task.escalationRole ? { escalatedTo: task.escalationRole } : {}) } });
            });
            return { nextReminderAt: (0, working_days_1.addWorkingDays)(at, remindEveryWorkingDays).toISOString(), escalated: task.escalationRole !== null };
        },
    };
}
//# sourceMappingURL=request.js.map