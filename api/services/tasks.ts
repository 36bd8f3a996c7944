import { isGrpcDeadlineError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { audit } from '../../data/audit';
import type { Db, Prisma } from '../../data/prisma';
import { decideUpdate, type DecisionRefusal, type DecisionResult } from '../../workflows/order-9480.definitions';
import type { z } from 'zod';
import { ruleViolationsIn } from '../../data/rule-violations';
import type { Caller } from '../auth/roles';
import type { TDecision, ZTaskView } from '../schemas/tasks';
import { AppError, notFound } from '../errors';

export interface TaskQuery {
  status: 'OPEN' | 'CLOSED';
  kind?: 'USER_9480';
  forbundId?: string;
  sort: 'due' | 'submitted';
  cursor?: string;
  limit: number;
}

const taskNotFound = () => notFound('Ärendet finns inte.');

/** How long BA waits for the workflow to take a decision before being told to check back. */
const DECISION_WAIT_MS = 8_000;

// What a task view needs from its order.
const withOrder = { order: { select: { employerId: true, registeredEmployerId: true, reviewFindings: true } } } as const;

/** A task in BA's queue, with what BA must weigh before deciding: an employment change, review findings. */
function toTaskView(t: Prisma.BaTaskGetPayload<{ include: typeof withOrder }>): z.infer<typeof ZTaskView> {
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    orderId: t.orderId,
    forbundId: t.forbundId,
    subject: t.subject,
    submittedAt: t.submittedAt.toISOString(),
    dueAt: t.dueAt.toISOString(),
    claimedBy: t.claimedById,
    claimedAt: t.claimedAt?.toISOString() ?? null,
    closedAt: t.closedAt?.toISOString() ?? null,
    remindersSent: t.remindersSent,
    employmentChange: t.order.registeredEmployerId ? { fromOrganisationId: t.order.registeredEmployerId, toOrganisationId: t.order.employerId } : null,
    reviewFindings: ruleViolationsIn(t.order.reviewFindings),
  };
}

// Keyset pagination: the cursor is the (sort value, id) of the last item returned.
const encodeCursor = (at: Date, id: string) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw new AppError('VALIDATION_ERROR', 'Ogiltig sidmarkör (cursor). Börja om från första sidan.', [{ path: 'cursor', message: 'Ogiltig sidmarkör.' }]);
  }
}

/** BA's queue, read from the projection with indexes (never by scanning workflows). */
export async function listTasks(db: Db, q: TaskQuery) {
  const column = q.sort === 'due' ? 'dueAt' : 'submittedAt';
  const where: Prisma.BaTaskWhereInput = { status: q.status, ...(q.kind ? { kind: q.kind } : {}), ...(q.forbundId ? { forbundId: q.forbundId } : {}) };
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    where.OR = [{ [column]: { gt: c.at } }, { [column]: c.at, id: { gt: c.id } }];
  }
  const rows = await db.baTask.findMany({ where, include: withOrder, orderBy: [{ [column]: 'asc' }, { id: 'asc' }], take: q.limit + 1 });
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items: items.map(toTaskView), nextCursor: rows.length > q.limit && last ? encodeCursor(last[column], last.id) : null };
}

/** Four-eyes: nobody handles an order they submitted or that is for themselves. */
function assertNotOwnOrder(caller: Caller, order: { submittedById: string; subjectPersonId: string | null; personnummer: string }) {
  const own = order.submittedById === caller.personId || order.subjectPersonId === caller.personId || order.personnummer === caller.personnummer;
  if (own) throw refusal('FOUR_EYES');
}

/**
 * Takes the task; 409 if another BA already has it or it is closed, 403 for the submitter and
 * for the person the order is for. Claiming again is a no-op.
 */
export async function claimTask(db: Db, caller: Caller, taskId: string) {
  const found = await db.baTask.findUnique({ where: { id: taskId }, include: { order: true } });
  if (!found) throw taskNotFound();
  assertNotOwnOrder(caller, found.order);
  if (found.status === 'OPEN' && found.claimedById === caller.personId) return toTaskView(found);
  const now = new Date();
  const claimed = await db.baTask.updateMany({
    where: { id: taskId, status: 'OPEN', claimedById: null },
    data: { claimedById: caller.personId, claimedAt: now },
  });
  if (claimed.count === 0) {
    if (found.status === 'CLOSED') throw new AppError('TASK_CLOSED', 'Ärendet är redan avslutat.');
    throw new AppError('TASK_CLAIMED', 'Ärendet handläggs redan av en annan handläggare.');
  }
  await audit(db, { key: `${found.orderId}:claimed:${caller.personId}:${now.getTime()}`, event: 'TASK_CLAIMED', orderId: found.orderId, actorId: caller.personId, at: now });
  return toTaskView((await db.baTask.findUnique({ where: { id: taskId }, include: withOrder }))!);
}

/**
 * Gives the task back to the queue, so an order is never stuck behind one person: its claimer
 * or any other BA may release it. Releasing an unclaimed task is a no-op; a closed one is 409.
 */
export async function releaseTask(db: Db, caller: Caller, taskId: string) {
  const task = await db.baTask.findUnique({ where: { id: taskId }, include: withOrder });
  if (!task) throw taskNotFound();
  if (task.status === 'CLOSED') throw new AppError('TASK_CLOSED', 'Ärendet är redan avslutat.');
  if (!task.claimedById) return toTaskView(task);
  const now = new Date();
  const released = await db.baTask.updateMany({ where: { id: taskId, status: 'OPEN', claimedById: task.claimedById }, data: { claimedById: null, claimedAt: null } });
  if (released.count === 1) {
    await audit(db, { key: `${task.orderId}:released:${now.getTime()}`, event: 'TASK_RELEASED', orderId: task.orderId, actorId: caller.personId, at: now, data: { claimedBy: task.claimedById } });
  }
  return toTaskView((await db.baTask.findUnique({ where: { id: taskId }, include: withOrder }))!);
}

/** What BA is told for each refusal of a decision (the status comes with the code). */
const REFUSAL_MESSAGES: Record<DecisionRefusal, string> = {
  NOT_BA: 'Endast behörighetsadministrationen kan fatta beslut.',
  FOUR_EYES: 'Du kan inte handlägga eller besluta om en beställning som du själv har lämnat in eller som gäller dig själv.',
  ALREADY_DECIDED: 'Beställningen är redan beslutad.',
  NOT_AWAITING_DECISION: 'Beställningen väntar inte på beslut.',
  REASON_REQUIRED: 'Ange ett skäl när beställningen avslås.',
  EMPLOYMENT_CHANGE_UNCONFIRMED: 'Personen är registrerad hos en annan arbetsgivare än den beställningen anger. Bekräfta bytet av arbetsgivare uttryckligen (confirmEmploymentChange) för att godkänna, eller avslå beställningen.',
  REVIEW_FINDINGS: 'Granskningen visar regler som hindrar beställningen. Den kan bara avslås, med ett skäl.',
  DECISION_NOT_RECORDED: 'Beslutet kunde inte sparas just nu. Ingenting är beslutat; försök igen om en stund.',
};
const refusal = (type: DecisionRefusal) => new AppError(type, REFUSAL_MESSAGES[type]);

/**
 * BA's decision, delivered to the order's workflow as a Temporal Update. The checks here give
 * quick, clear answers; the Update's validator is the authority (four-eyes, BA role, once).
 */
export async function decideTask(db: Db, temporal: Client, caller: Caller, taskId: string, decision: TDecision): Promise<DecisionResult> {
  const task = await db.baTask.findUnique({ where: { id: taskId }, include: { order: true } });
  if (!task) throw taskNotFound();
  assertNotOwnOrder(caller, task.order);
  if (task.status === 'CLOSED' || task.order.decision) throw refusal('ALREADY_DECIDED');
  if (task.claimedById && task.claimedById !== caller.personId) throw new AppError('TASK_CLAIMED', 'Ärendet handläggs av en annan handläggare.');
  if (decision.decision === 'APPROVE') await assertApprovable(db, task.order, decision);

  try {
    // Bounded: with no worker running the Update would wait for one indefinitely. A decision
    // that still lands later is the only one: the validator refuses any second (ALREADY_DECIDED).
    return await temporal.withDeadline(Date.now() + DECISION_WAIT_MS, () =>
      temporal.workflow.getHandle(task.orderId).executeUpdate(decideUpdate, {
        args: [{
          decision: decision.decision,
          reason: decision.reason,
          confirmEmploymentChange: decision.confirmEmploymentChange,
          decidedBy: { personId: caller.personId, personnummer: caller.personnummer, roles: caller.roles },
        }],
      }));
  } catch (err) {
    if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isGrpcDeadlineError(err)) {
      throw new AppError('DECISION_PENDING', 'Beslutet har inte bekräftats ännu eftersom ärendehanteringen inte svarar. Det kan fortfarande genomföras: kontrollera ärendet om en stund innan du beslutar igen.');
    }
    const type = err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure ? err.cause.type : undefined;
    if (type && type in REFUSAL_MESSAGES) throw refusal(type as DecisionRefusal);
    if (err instanceof WorkflowNotFoundError) throw refusal('ALREADY_DECIDED');
    throw err;
  }
}

/**
 * The register may have changed since the order was submitted: a person registered meanwhile
 * with another employer is an employment change too, never merged silently. Review findings
 * allow only a rejection.
 */
async function assertApprovable(db: Db, order: { id: string; personnummer: string; employerId: string; registeredEmployerId: string | null; reviewFindings: Prisma.JsonValue }, decision: TDecision) {
  if (ruleViolationsIn(order.reviewFindings).length > 0) throw refusal('REVIEW_FINDINGS');
  let registeredEmployerId = order.registeredEmployerId;
  if (!registeredEmployerId) {
    const person = await db.person.findUnique({ where: { personnummer: order.personnummer } });
    if (person && person.employerId !== order.employerId) {
      registeredEmployerId = person.employerId;
      await db.order.update({ where: { id: order.id }, data: { registeredEmployerId, subjectPersonId: person.id } });
    }
  }
  if (registeredEmployerId && decision.confirmEmploymentChange !== true) throw refusal('EMPLOYMENT_CHANGE_UNCONFIRMED');
}
