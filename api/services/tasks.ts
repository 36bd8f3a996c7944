import { isGrpcDeadlineError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { audit } from '../../data/audit';
import type { Db, Prisma } from '../../data/prisma';
import { DECISION_REFUSALS, decideUpdate, type DecisionResult } from '../../workflows/order-9480.definitions';
import type { z } from 'zod';
import type { RuleViolation } from '../../domain/rule-violation';
import type { Caller } from '../auth/roles';
import type { TDecision, ZTaskView } from '../schemas/tasks';
import { AppError, conflict, forbidden, notFound } from '../errors';

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
    reviewFindings: (Array.isArray(t.order.reviewFindings) ? t.order.reviewFindings : []) as unknown as RuleViolation[],
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
    throw new AppError(400, 'VALIDATION_ERROR', 'Ogiltig sidmarkör (cursor). Börja om från första sidan.', [{ path: 'cursor', message: 'Ogiltig sidmarkör.' }]);
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
  if (own) throw forbidden('FOUR_EYES', refusalStatus.FOUR_EYES.message);
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
    if (found.status === 'CLOSED') throw conflict('TASK_CLOSED', 'Ärendet är redan avslutat.');
    throw conflict('TASK_CLAIMED', 'Ärendet handläggs redan av en annan handläggare.');
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
  if (task.status === 'CLOSED') throw conflict('TASK_CLOSED', 'Ärendet är redan avslutat.');
  if (!task.claimedById) return toTaskView(task);
  const now = new Date();
  const released = await db.baTask.updateMany({ where: { id: taskId, status: 'OPEN', claimedById: task.claimedById }, data: { claimedById: null, claimedAt: null } });
  if (released.count === 1) {
    await audit(db, { key: `${task.orderId}:released:${now.getTime()}`, event: 'TASK_RELEASED', orderId: task.orderId, actorId: caller.personId, at: now, data: { claimedBy: task.claimedById } });
  }
  return toTaskView((await db.baTask.findUnique({ where: { id: taskId }, include: withOrder }))!);
}

const refusalStatus: Record<string, { status: number; message: string }> = {
  [DECISION_REFUSALS.NOT_BA]: { status: 403, message: 'Endast behörighetsadministrationen kan fatta beslut.' },
  [DECISION_REFUSALS.FOUR_EYES]: { status: 403, message: 'Du kan inte handlägga eller besluta om en beställning som du själv har lämnat in eller som gäller dig själv.' },
  [DECISION_REFUSALS.ALREADY_DECIDED]: { status: 409, message: 'Beställningen är redan beslutad.' },
  [DECISION_REFUSALS.NOT_AWAITING_DECISION]: { status: 409, message: 'Beställningen väntar inte på beslut.' },
  [DECISION_REFUSALS.REASON_REQUIRED]: { status: 400, message: 'Ange ett skäl när beställningen avslås.' },
  [DECISION_REFUSALS.EMPLOYMENT_CHANGE_UNCONFIRMED]: {
    status: 422,
    message: 'Personen är registrerad hos en annan arbetsgivare än den beställningen anger. Bekräfta bytet av arbetsgivare uttryckligen (confirmEmploymentChange) för att godkänna, eller avslå beställningen.',
  },
  [DECISION_REFUSALS.REVIEW_FINDINGS]: { status: 422, message: 'Granskningen visar regler som hindrar beställningen. Den kan bara avslås, med ett skäl.' },
  [DECISION_REFUSALS.DECISION_NOT_RECORDED]: { status: 503, message: 'Beslutet kunde inte sparas just nu. Ingenting är beslutat; försök igen om en stund.' },
};

/**
 * BA's decision, delivered to the order's workflow as a Temporal Update. The checks here give
 * quick, clear answers; the Update's validator is the authority (four-eyes, BA role, once).
 */
export async function decideTask(db: Db, temporal: Client, caller: Caller, taskId: string, decision: TDecision): Promise<DecisionResult> {
  const task = await db.baTask.findUnique({ where: { id: taskId }, include: { order: true } });
  if (!task) throw taskNotFound();
  assertNotOwnOrder(caller, task.order);
  if (task.status === 'CLOSED' || task.order.decision) throw conflict('ALREADY_DECIDED', refusalStatus.ALREADY_DECIDED.message);
  if (task.claimedById && task.claimedById !== caller.personId) throw conflict('TASK_CLAIMED', 'Ärendet handläggs av en annan handläggare.');
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
      throw new AppError(503, 'DECISION_PENDING', 'Beslutet har inte bekräftats ännu eftersom ärendehanteringen inte svarar. Det kan fortfarande genomföras: kontrollera ärendet om en stund innan du beslutar igen.');
    }
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.type && refusalStatus[err.cause.type]) {
      const { status, message } = refusalStatus[err.cause.type];
      throw new AppError(status, err.cause.type, message);
    }
    if (err instanceof WorkflowNotFoundError) throw conflict('ALREADY_DECIDED', refusalStatus.ALREADY_DECIDED.message);
    throw err;
  }
}

/**
 * The register may have changed since the order was submitted: a person registered meanwhile
 * with another employer is an employment change too, never merged silently. Review findings
 * allow only a rejection.
 */
async function assertApprovable(db: Db, order: { id: string; personnummer: string; employerId: string; registeredEmployerId: string | null; reviewFindings: Prisma.JsonValue }, decision: TDecision) {
  const refuse = (type: keyof typeof DECISION_REFUSALS) => new AppError(refusalStatus[type].status, type, refusalStatus[type].message);
  if (Array.isArray(order.reviewFindings) && order.reviewFindings.length > 0) throw refuse('REVIEW_FINDINGS');
  let registeredEmployerId = order.registeredEmployerId;
  if (!registeredEmployerId) {
    const person = await db.person.findUnique({ where: { personnummer: order.personnummer } });
    if (person && person.employerId !== order.employerId) {
      registeredEmployerId = person.employerId;
      await db.order.update({ where: { id: order.id }, data: { registeredEmployerId, subjectPersonId: person.id } });
    }
  }
  if (registeredEmployerId && decision.confirmEmploymentChange !== true) throw refuse('EMPLOYMENT_CHANGE_UNCONFIRMED');
}
