import { createHash, randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { AppConfig } from '../../config';
import { audit } from '../../data/audit';
import { loadEligibilityContext, OPEN_ORDER_STATUSES } from '../../data/eligibility-context';
import { Prisma, type Db } from '../../data/prisma';
import { checkOrderEligibility } from '../../domain/eligibility';
import { IDENTITY_MISMATCH, namesMatchRegister } from '../../domain/identity';
import type { RuleViolation } from '../../domain/rule-violation';
import type { TOrder9480 } from '../../forms';
import { order9480Workflow } from '../../workflows/order-9480';
import type { Caller } from '../auth/roles';
import { AppError, badRequest } from '../errors';
import { findOrderView, type OrderView } from './order-view';

export interface OrdersDeps {
  db: Db;
  temporal: Client;
  config: AppConfig;
}

const duplicateOrder = () =>
  new AppError('DUPLICATE_ORDER', 'Det finns redan en pågående beställning av samma roll i samma förbund för den här personen.');

const refused = (violations: RuleViolation[]) => new AppError(violations[0].code, violations.map((v) => v.message).join(' '), violations);

/** The form as parsed (zod fixes the key order), hashed: what an Idempotency-Key stands for. */
const formHash = (form: TOrder9480) => createHash('sha256').update(JSON.stringify(form)).digest('hex');

/**
 * Blankett 9480, step 1 (docs/architecture.md): check everything that can be checked now, write the order,
 * start its workflow (workflow id = order id). Any refusal changes nothing.
 *
 * The checks run in an order that discloses nothing about people outside the caller's
 * organisation: first the rules that read only the form and the caller's own rights (and what
 * the caller's organisation already knows about the person), then the person's identity against
 * the register. What the register holds elsewhere — another employer, roles, open orders or
 * skyddad identitet — is never a refusal: the order goes on to BA, who sees it and decides.
 */
export async function submitOrder(deps: OrdersDeps, caller: Caller, form: TOrder9480, idempotencyKey?: string): Promise<{ order: OrderView; replayed: boolean }> {
  const { db } = deps;
  const hash = formHash(form);
  if (idempotencyKey) {
    const earlier = await db.order.findUnique({ where: { submittedById_idempotencyKey: { submittedById: caller.personId, idempotencyKey } } });
    if (earlier && earlier.idempotencyHash !== hash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key har redan använts för en annan beställning. Använd en ny nyckel för en ny beställning.');
    }
    if (earlier) return { order: (await findOrderView(db, earlier.id))!, replayed: true };
  }

  const draft = { bestallareId: caller.personId, forbundId: form.forbundId, role: form.role, personnummer: form.user.personnummer, employerId: form.user.employerId, protectedIdentity: form.protectedIdentity };
  const loaded = await loadEligibilityContext(db, draft, new Date());
  if (!loaded.ok) throw badRequest('Beställningen hänvisar till något som inte finns. Se detaljerna per fält.', loaded.errors);
  const violations = checkOrderEligibility(loaded.visibleCtx);
  if (violations.length > 0) throw refused(violations);
  const { subject } = loaded;
  if (subject && !namesMatchRegister(subject, form.user)) throw refused([IDENTITY_MISMATCH]);

  const open = await db.order.findFirst({ where: { personnummer: draft.personnummer, forbundId: draft.forbundId, role: draft.role, employerId: draft.employerId, status: { in: [...OPEN_ORDER_STATUSES] } } });
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
          idempotencyHash: hash,
          subjectPersonId: subject?.id ?? null,
          // An employment change is never merged silently: BA must confirm it (activities/grant-role.ts).
          registeredEmployerId: subject && subject.employerId !== form.user.employerId ? subject.employerId : null,
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
      args: [{ orderId: id, submittedById: caller.personId, subjectPersonnummer: form.user.personnummer }],
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) {
      // Without a workflow the order would sit forever: undo it so the beställare can retry.
      await db.$transaction([db.auditEvent.deleteMany({ where: { orderId: id } }), db.order.delete({ where: { id } })]);
      throw new AppError('WORKFLOW_UNAVAILABLE', 'Beställningen kunde inte tas emot just nu. Ingenting sparades; försök igen om en stund.');
    }
  }
  return { order: (await findOrderView(db, id))!, replayed: false };
}
