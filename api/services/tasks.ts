import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { audit } from '../../data/audit';
import type { Db, Prisma } from '../../data/prisma';
import { DECISION_REFUSALS, decideUpdate, type DecisionResult } from '../../workflows/order-9480.definitions';
import type { Caller } from '../auth/roles';
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

function toTaskView(t: { id: string; kind: string; status: string; orderId: string; forbundId: string; subject: string; submittedAt: Date; dueAt: Date; claimedById: string | null; claimedAt: Date | null; closedAt: Date | null; remindersSent: number }) {
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
  const rows = await db.baTask.findMany({ where, orderBy: [{ [column]: 'asc' }, { id: 'asc' }], take: q.limit + 1 });
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items: items.map(toTaskView), nextCursor: rows.length > q.limit && last ? encodeCursor(last[column], last.id) : null };
}

/** Takes the task; 409 if another BA already has it or it is closed. Claiming again is a no-op. */
export async function claimTask(db: Db, caller: Caller, taskId: string) {
  const now = new Date();
  const claimed = await db.baTask.updateMany({
    where: { id: taskId, status: 'OPEN', OR: [{ claimedById: null }, { claimedById: caller.personId }] },
    data: { claimedById: caller.personId, claimedAt: now },
  });
  const task = await db.baTask.findUnique({ where: { id: taskId } });
  if (!task) throw taskNotFound();
  if (claimed.count === 0) {
    if (task.status === 'CLOSED') throw conflict('TASK_CLOSED', 'Ärendet är redan avslutat.');
    throw conflict('TASK_CLAIMED', 'Ärendet handläggs redan av en annan handläggare.');
  }
  await audit(db, { key: `${task.orderId}:claimed:${caller.personId}`, event: 'TASK_CLAIMED', orderId: task.orderId, actorId: caller.personId, at: now });
  return toTaskView(task);
}

const refusalStatus: Record<string, { status: number; message: string }> = {
  [DECISION_REFUSALS.NOT_BA]: { status: 403, message: 'Endast behörighetsadministrationen kan fatta beslut.' },
  [DECISION_REFUSALS.FOUR_EYES]: { status: 403, message: 'Du kan inte besluta om en beställning som du själv har lämnat in.' },
  [DECISION_REFUSALS.ALREADY_DECIDED]: { status: 409, message: 'Beställningen är redan beslutad.' },
  [DECISION_REFUSALS.NOT_AWAITING_DECISION]: { status: 409, message: 'Beställningen väntar inte på beslut.' },
  [DECISION_REFUSALS.REASON_REQUIRED]: { status: 400, message: 'Ange ett skäl när beställningen avslås.' },
};

/**
 * BA's decision, delivered to the order's workflow as a Temporal Update. The checks here give
 * quick, clear answers; the Update's validator is the authority (four-eyes, BA role, once).
 */
export async function decideTask(db: Db, temporal: Client, caller: Caller, taskId: string, decision: { decision: 'APPROVE' | 'REJECT'; reason?: string }): Promise<DecisionResult> {
  const task = await db.baTask.findUnique({ where: { id: taskId }, include: { order: true } });
  if (!task) throw taskNotFound();
  if (task.order.submittedById === caller.personId) throw forbidden('FOUR_EYES', refusalStatus.FOUR_EYES.message);
  if (task.status === 'CLOSED' || task.order.decision) throw conflict('ALREADY_DECIDED', refusalStatus.ALREADY_DECIDED.message);
  if (task.claimedById && task.claimedById !== caller.personId) throw conflict('TASK_CLAIMED', 'Ärendet handläggs av en annan handläggare.');

  try {
    return await temporal.workflow.getHandle(task.orderId).executeUpdate(decideUpdate, {
      args: [{ decision: decision.decision, reason: decision.reason, decidedBy: { personId: caller.personId, roles: caller.roles } }],
    });
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.type && refusalStatus[err.cause.type]) {
      const { status, message } = refusalStatus[err.cause.type];
      throw new AppError(status, err.cause.type, message);
    }
    if (err instanceof WorkflowNotFoundError) throw conflict('ALREADY_DECIDED', refusalStatus.ALREADY_DECIDED.message);
    throw err;
  }
}
