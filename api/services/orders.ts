import { createHash, randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { AppConfig } from '../../config';
import { WORKFLOW_START_OPTIONS } from '../../config/temporal';
import { audit } from '../../data/audit';
import { loadEligibilityContext, OPEN_ORDER_STATUSES, type RegisteredSubject } from '../../data/eligibility-context';
import { Prisma, type Db } from '../../data/prisma';
import { IDENTITY_MISMATCH, namesMatchRegister } from '../../domain/identity';
import { checkRequest, nonGrantKinds, ORDERER_LABELS, REQUEST_KINDS, type AnyRequestKind, type RequestDraft, type RequestKindId, type StagePlan } from '../../domain/request-kinds';
import type { RuleViolation } from '../../domain/rule-violation';
import { requestWorkflow } from '../../workflows/request';
import type { RequestSubject } from '../../workflows/request.definitions';
import type { Caller } from '../auth/roles';
import type { TRequestBody } from '../schemas/requests';
import { AppError, badRequest } from '../errors';
import { findOrderView, type OrderView } from './order-view';

export interface OrdersDeps {
  db: Db;
  temporal: Client;
  config: AppConfig;
}

const duplicateOrder = () =>
  new AppError('DUPLICATE_ORDER', 'Det finns redan en pågående beställning av samma roll i samma förbund för den här personen.');

/** A refusal under the rules (422 with each rule's id, code and message). */
export const refused = (violations: RuleViolation[]) => new AppError(violations[0].code, violations.map((v) => v.message).join(' '), violations);

// Removal kinds: their open requests are not pending roles (fixed for the process's lifetime).
const NON_GRANT_KINDS = nonGrantKinds();

/**
 * The form as parsed (zod fixes the key order), hashed: what an Idempotency-Key stands for.
 * Blankett 9480 hashes without its kind, as before the engine, so a retry across the upgrade
 * is still recognised.
 */
function formHash(kind: RequestKindId, form: object): string {
  return createHash('sha256').update(JSON.stringify(kind === 'USER_9480' ? form : { kind, form })).digest('hex');
}

/** The stages a new request runs through: the catalog's, with BA's due days from configuration. */
function stagePlanOf(kind: AnyRequestKind, config: AppConfig): StagePlan[] {
  return kind.stages.map((s) => (s.actorRole === 'BA' ? { ...s, dueWorkingDays: config.BA_DUE_WORKING_DAYS, remindEveryWorkingDays: config.BA_REMINDER_EVERY_WORKING_DAYS } : { ...s }));
}

/** Splits the body into its kind and form (a body without kind is blankett 9480). */
export function splitBody(body: TRequestBody): { kindId: RequestKindId; form: Record<string, unknown> } {
  const { kind, ...form } = body as TRequestBody & { kind?: RequestKindId };
  return { kindId: kind ?? 'USER_9480', form };
}

interface CheckedRequest {
  draft: RequestDraft;
  subject: RegisteredSubject | null;
  /** The request's person columns: as the form names them, or as the register holds them. */
  person: { personnummer: string; givenName: string; familyName: string; email: string; phone: string | null; employerId: string };
}

/**
 * Everything that can be checked before anything is written, in an order that discloses nothing
 * about people outside the caller's organisation: who may order for the person (the kind's
 * orderer rule, alone), then the kind's rules on what the ordering organisation may know, then
 * the person's identity against the register. What the register holds elsewhere — another
 * employer, roles, open requests or skyddad identitet — is never a refusal: BA sees it.
 */
async function checkSubmission(db: Db, caller: Caller, kind: AnyRequestKind, form: Record<string, unknown>, orderId?: string): Promise<CheckedRequest> {
  if (!kind.orderedBy.some((role) => caller.roles.includes(role))) {
    throw new AppError('FORBIDDEN_ROLE', `Den här ärendetypen (${kind.label}) beställs av ${kind.orderedBy.map((r) => ORDERER_LABELS[r]).join(' eller ')}.`);
  }
  const draft = kind.toDraft(form);
  const loaded = await loadEligibilityContext(db, { ordererId: caller.personId, draft, orderId, nonGrantKinds: NON_GRANT_KINDS }, new Date());
  if (!loaded.ok && 'unregistered' in loaded) throw refused([kind.unregisteredSubject]);
  if (!loaded.ok) throw badRequest('Beställningen hänvisar till något som inte finns. Se detaljerna per fält.', loaded.errors);
  const violations = checkRequest(kind, loaded.visibleCtx);
  if (violations.length > 0) throw refused(violations);
  const { subject } = loaded;
  if (draft.user && subject && !namesMatchRegister(subject, draft.user)) throw refused([IDENTITY_MISMATCH]);
  const source = draft.user ?? subject!; // a form without the person's details needs a registered person (checked above)
  return {
    draft,
    subject,
    person: { personnummer: draft.personnummer, givenName: source.givenName, familyName: source.familyName, email: source.email, phone: source.phone ?? null, employerId: source.employerId },
  };
}

/** The request's columns from a checked submission (also what a resubmission changes). */
function columnsOf(checked: CheckedRequest, form: Record<string, unknown>) {
  const { draft, subject, person } = checked;
  return {
    role: draft.role,
    forbundId: draft.forbundId,
    protectedIdentity: draft.protectedIdentity,
    ...person,
    payload: form as Prisma.InputJsonObject,
    subjectPersonId: subject?.id ?? null,
    // An employment change is never merged silently: BA must confirm it (activities/grant-role.ts).
    registeredEmployerId: subject && subject.employerId !== person.employerId ? subject.employerId : null,
  };
}

const subjectOf = (checked: CheckedRequest): RequestSubject => ({ personnummer: checked.person.personnummer, personId: checked.subject?.id ?? null, employerId: checked.person.employerId });

async function assertNoOpenDuplicate(db: Db, c: ReturnType<typeof columnsOf>, exceptId?: string) {
  const open = await db.order.findFirst({ where: { personnummer: c.personnummer, forbundId: c.forbundId, role: c.role, employerId: c.employerId, status: { in: [...OPEN_ORDER_STATUSES] }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (open) throw duplicateOrder();
}

/**
 * A request of any kind in the catalog (docs/architecture.md, "The engine"): check everything
 * that can be checked now, write the request, start its workflow (workflow id = request id).
 * Any refusal changes nothing.
 */
export async function submitOrder(deps: OrdersDeps, caller: Caller, body: TRequestBody, idempotencyKey?: string): Promise<{ order: OrderView; replayed: boolean }> {
  const { db } = deps;
  const { kindId, form } = splitBody(body);
  const kind = REQUEST_KINDS[kindId];
  const hash = formHash(kindId, form);
  if (idempotencyKey) {
    const earlier = await db.order.findUnique({ where: { submittedById_idempotencyKey: { submittedById: caller.personId, idempotencyKey } } });
    if (earlier && earlier.idempotencyHash !== hash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key har redan använts för en annan beställning. Använd en ny nyckel för en ny beställning.');
    }
    if (earlier) return { order: (await findOrderView(db, earlier.id))!, replayed: true };
  }

  const checked = await checkSubmission(db, caller, kind, form);
  const columns = columnsOf(checked, form);
  await assertNoOpenDuplicate(db, columns);

  const id = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      await tx.order.create({
        data: {
          id,
          kind: kindId,
          status: 'SUBMITTED',
          ...columns,
          workflowType: 'requestWorkflow',
          submittedById: caller.personId,
          idempotencyKey: idempotencyKey ?? null,
          idempotencyHash: hash,
        },
      });
      await audit(tx, { key: `${id}:submitted`, event: 'ORDER_SUBMITTED', orderId: id, actorId: caller.personId, authMethod: caller.authMethod, data: { kind: kindId } });
    });
  } catch (err) {
    // The partial unique index on open orders, or the idempotency key, raced with another request.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      if (idempotencyKey) return submitOrder(deps, caller, body, idempotencyKey);
      throw duplicateOrder();
    }
    throw err;
  }

  try {
    await deps.temporal.workflow.start(requestWorkflow, {
      ...WORKFLOW_START_OPTIONS,
      workflowId: id,
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [{ requestId: id, kind: kindId, submittedById: caller.personId, subject: subjectOf(checked), stages: stagePlanOf(kind, deps.config), effect: kind.effect }],
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) {
      // Without a workflow the request would sit forever: undo it so the orderer can retry.
      await db.$transaction([db.auditEvent.deleteMany({ where: { orderId: id } }), db.order.delete({ where: { id } })]);
      throw new AppError('WORKFLOW_UNAVAILABLE', 'Beställningen kunde inte tas emot just nu. Ingenting sparades; försök igen om en stund.');
    }
  }
  return { order: (await findOrderView(db, id))!, replayed: false };
}

/**
 * What a returned request's correction changes, checked like a new submission of its kind. The
 * workflow writes it (the Update's validator decides whether the request may be resubmitted).
 */
export async function checkResubmission(db: Db, caller: Caller, order: { id: string; kind: string }, body: TRequestBody): Promise<{ subject: RequestSubject; changes: Record<string, unknown> }> {
  const { kindId, form } = splitBody(body);
  if (kindId !== order.kind) {
    throw badRequest('Ärendetypen (kind) kan inte ändras när en beställning skickas in igen.', [{ path: 'kind', message: `Beställningen är av typen ${order.kind}.` }]);
  }
  const checked = await checkSubmission(db, caller, REQUEST_KINDS[kindId], form, order.id);
  const columns = columnsOf(checked, form);
  await assertNoOpenDuplicate(db, columns, order.id);
  return { subject: subjectOf(checked), changes: columns };
}
