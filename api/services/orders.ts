import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { AppConfig } from '../../config';
import { audit } from '../../data/audit';
import { loadEligibilityContext, OPEN_ORDER_STATUSES } from '../../data/eligibility-context';
import { Prisma, type Db } from '../../data/prisma';
import { checkOrderEligibility } from '../../domain/eligibility';
import type { TOrder9480 } from '../../forms';
import { order9480Workflow } from '../../workflows/order-9480';
import type { Caller } from '../auth/roles';
import { AppError, badRequest, conflict } from '../errors';
import { findOrderView, type OrderView } from './order-view';

export interface OrdersDeps {
  db: Db;
  temporal: Client;
  config: AppConfig;
}

const duplicateOrder = () =>
  conflict('DUPLICATE_ORDER', 'Det finns redan en pågående beställning av samma roll i samma förbund för den här personen.');

/**
 * Blankett 9480, step 1 (DESIGN.md): check everything that can be checked now, write the order,
 * start its workflow (workflow id = order id). Any refusal changes nothing.
 */
export async function submitOrder(deps: OrdersDeps, caller: Caller, form: TOrder9480, idempotencyKey?: string): Promise<{ order: OrderView; replayed: boolean }> {
  const { db } = deps;
  if (idempotencyKey) {
    const earlier = await db.order.findUnique({ where: { submittedById_idempotencyKey: { submittedById: caller.personId, idempotencyKey } } });
    if (earlier) return { order: (await findOrderView(db, earlier.id))!, replayed: true };
  }

  const draft = { bestallareId: caller.personId, forbundId: form.forbundId, role: form.role, personnummer: form.user.personnummer, employerId: form.user.employerId, protectedIdentity: form.protectedIdentity };
  const loaded = await loadEligibilityContext(db, draft, new Date());
  if (!loaded.ok) throw badRequest('Beställningen hänvisar till något som inte finns. Se detaljerna per fält.', loaded.errors);
  const violations = checkOrderEligibility(loaded.ctx);
  if (violations.length > 0) {
    throw new AppError(422, violations[0].code, violations.map((v) => v.message).join(' '), violations);
  }

  const open = await db.order.findFirst({ where: { personnummer: draft.personnummer, forbundId: draft.forbundId, role: draft.role, status: { in: [...OPEN_ORDER_STATUSES] } } });
  if (open) throw duplicateOrder();

  const id = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      await tx.order.create({
        data: {
          id,
          status: 'SUBMITTED',
          role: form.role,
          forbundId: form.forbundId,
          personnummer: form.user.personnummer,
          givenName: form.user.givenName,
          familyName: form.user.familyName,
          email: form.user.email,
          phone: form.user.phone ?? null,
          employerId: form.user.employerId,
          protectedIdentity: form.protectedIdentity,
          submittedById: caller.personId,
          idempotencyKey: idempotencyKey ?? null,
        },
      });
      await audit(tx, { key: `${id}:submitted`, event: 'ORDER_SUBMITTED', orderId: id, actorId: caller.personId });
    });
  } catch (err) {
    // The partial unique index on open orders, or the idempotency key, raced with another request.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      if (idempotencyKey) return submitOrder(deps, caller, form, idempotencyKey);
      throw duplicateOrder();
    }
    throw err;
  }

  try {
    await deps.temporal.workflow.start(order9480Workflow, {
      workflowId: id,
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [{ orderId: id, submittedById: caller.personId }],
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) {
      // Without a workflow the order would sit forever: undo it so the beställare can retry.
      await db.$transaction([db.auditEvent.deleteMany({ where: { orderId: id } }), db.order.delete({ where: { id } })]);
      throw new AppError(503, 'WORKFLOW_UNAVAILABLE', 'Beställningen kunde inte tas emot just nu. Ingenting sparades; försök igen om en stund.');
    }
  }
  return { order: (await findOrderView(db, id))!, replayed: false };
}
