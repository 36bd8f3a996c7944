import { randomUUID } from 'node:crypto';
import { addWorkingDays, workingDaysBetween } from '../domain/working-days';
import { roleLabel } from '../domain/roles';
import type { MailInput } from '../mail/templates';
import { audit } from '../data/audit';
import { ruleViolationsIn } from '../data/rule-violations';
import type { ActivityDeps } from './deps';
import { queueEmail, sendOutboxEmail } from './email';

export interface OpenedTask {
  taskId: string;
  dueAt: string;
  subjectPersonId: string | null;
  employmentChange: boolean;
  reviewFindings: number;
}

/** order9480Workflow's one task: round 1 of the BA stage. */
const LEGACY_TASK = (orderId: string) => ({ orderId_round_stage: { orderId, round: 1, stage: 'BA' } });

export function baTaskActivities(deps: ActivityDeps) {
  const { db, settings } = deps;
  return {
    /**
     * Opens the order's task in BA's queue, due after N Swedish working days. Idempotent.
     * Returns what the workflow's Update validator needs to judge a decision by itself.
     */
    async openBaTask({ orderId, openedAt }: { orderId: string; openedAt: string }): Promise<OpenedTask> {
      return db.$transaction(async (tx) => {
        const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { forbund: true } });
        const findings = ruleViolationsIn(order.reviewFindings).length;
        const notes = [order.registeredEmployerId ? 'byte av arbetsgivare' : null, findings > 0 ? 'kräver granskning' : null].filter(Boolean);
        const dueAt = addWorkingDays(new Date(openedAt), settings.baDueWorkingDays);
        const task = await tx.task.upsert({
          where: LEGACY_TASK(orderId),
          create: {
            id: randomUUID(),
            kind: order.kind,
            status: 'OPEN',
            orderId,
            forbundId: order.forbundId,
            subject: `Ny användare: ${order.givenName} ${order.familyName}, ${roleLabel(order.role)}, ${order.forbund?.name ?? ''}${notes.length ? ` (${notes.join(', ')})` : ''}`,
            submittedAt: order.submittedAt,
            dueAt,
          },
          update: {},
        });
        await tx.order.updateMany({ where: { id: orderId, status: 'SUBMITTED' }, data: { status: 'IN_REVIEW' } });
        await audit(tx, { key: `${orderId}:task-opened`, event: 'TASK_OPENED', orderId, data: { taskId: task.id, dueAt: task.dueAt.toISOString() } });
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
    async sendOverdueReminder({ orderId, occurrence, now }: { orderId: string; occurrence: number; now: string }): Promise<{ nextReminderAt: string }> {
      const task = await db.task.findUniqueOrThrow({ where: LEGACY_TASK(orderId), include: { claimedBy: true } });
      const at = new Date(now);
      const input: MailInput = {
        template: 'BA_TASK_OVERDUE',
        taskId: task.id,
        orderId,
        subject: task.subject,
        submittedAt: task.submittedAt.toISOString(),
        dueAt: task.dueAt.toISOString(),
        workingDaysOverdue: Math.max(1, workingDaysBetween(task.dueAt, at)),
      };
      const recipients = [settings.baMailbox, ...(task.claimedBy ? [task.claimedBy.email] : [])];
      for (const recipient of recipients) {
        await sendOutboxEmail(deps, await queueEmail(deps, { orderId, recipient, input, occurrence }));
      }
      await db.$transaction(async (tx) => {
        await tx.task.update({ where: LEGACY_TASK(orderId), data: { remindersSent: Math.max(task.remindersSent, occurrence) } });
        await audit(tx, { key: `${orderId}:reminder:${occurrence}`, event: 'REMINDER_SENT', orderId, data: { occurrence } });
      });
      return { nextReminderAt: addWorkingDays(at, settings.baReminderEveryWorkingDays).toISOString() };
    },
  };
}
