"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.baTaskActivities = baTaskActivities;
const node_crypto_1 = require("node:crypto");
const working_days_1 = require("../domain/working-days");
const roles_1 = require("../domain/roles");
const audit_1 = require("../data/audit");
const rule_violations_1 = require("../data/rule-violations");
const email_1 = require("./email");
/** order9480Workflow's one task: round 1 of the BA stage. */
const LEGACY_TASK = (orderId) => ({ orderId_round_stage: { orderId, round: 1, stage: 'BA' } });
function baTaskActivities(deps) {
    const { db, settings } = deps;
    return {
        /**
         * Opens the order's task in BA's queue, due after N Swedish working days. Idempotent.
         * Returns what the workflow's Update validator needs to judge a decision by itself.
         */
        async openBaTask({ orderId, openedAt }) {
            return db.$transaction(async (tx) => {
                const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { forbund: true } });
                const findings = (0, rule_violations_1.ruleViolationsIn)(order.reviewFindings).length;
                const notes = [order.registeredEmployerId ? 'byte av arbetsgivare' : null, findings > 0 ? 'kräver granskning' : null].filter(Boolean);
                const dueAt = (0, working_days_1.addWorkingDays)(new Date(openedAt), settings.baDueWorkingDays);
                const task = await tx.task.upsert({
                    where: LEGACY_TASK(orderId),
                    create: {
                        id: (0, node_crypto_1.randomUUID)(),
                        kind: order.kind,
                        status: 'OPEN',
                        orderId,
                        forbundId: order.forbundId,
                        subject: `Ny användare: ${order.givenName} ${order.familyName}, ${(0, roles_1.roleLabel)(order.role)}, ${order.forbund?.name ?? ''}${notes.length ? ` (${notes.join(', ')})` : ''}`,
                        submittedAt: order.submittedAt,
                        dueAt,
                    },
                    update: {},
                });
                await tx.order.updateMany({ where: { id: orderId, status: 'SUBMITTED' }, data: { status: 'IN_REVIEW' } });
                await (0, audit_1.audit)(tx, { key: `${orderId}:task-opened`, event: 'TASK_OPENED', orderId, data: { taskId: task.id, dueAt: task.dueAt.toISOString() } });
                return {
                    taskId: task.id,
                    dueAt: task.dueAt.toISOString(),
                    subjectPersonId: order.subjectPersonId,
                    employmentChange: order.registeredEmployerId !== null,
                    reviewFindings: findings,
                };
            });
        },
        /**
         * Reminds BA's mailbox (and whoever claimed the task) that the task is overdue, and returns
         * when to remind next. `occurrence` keys the e-mails, so a retry does not remind twice.
         */
        async sendOverdueReminder({ orderId, occurrence, now }) {
            const task = await db.task.findUniqueOrThrow({ where: LEGACY_TASK(orderId), include: { claimedBy: true } });
            const at = new Date(now);
            const input = {
                template: 'BA_TASK_OVERDUE',
                taskId: task.id,
                orderId,
                subject: task.subject,
                submittedAt: task.submittedAt.toISOString(),
                dueAt: task.dueAt.toISOString(),
                workingDaysOverdue: Math.max(1, (0, working_days_1.workingDaysBetween)(task.dueAt, at)),
            };
            const recipients = [settings.baMailbox, ...(task.claimedBy ? [task.claimedBy.email] : [])];
            for (const recipient of recipients) {
                await (0, email_1.sendOutboxEmail)(deps, await (0, email_1.queueEmail)(deps, { orderId, recipient, input, occurrence }));
            }
            await db.$transaction(async (tx) => {
                await tx.task.update({ where: LEGACY_TASK(orderId), data: { remindersSent: Math.max(task.remindersSent, occurrence) } });
                await (0, audit_1.audit)(tx, { key: `${orderId}:reminder:${occurrence}`, event: 'REMINDER_SENT', orderId, data: { occurrence } });
            });
            return { nextReminderAt: (0, working_days_1.addWorkingDays)(at, settings.baReminderEveryWorkingDays).toISOString() };
        },
    };
}
//# sourceMappingURL=ba-task.js.map