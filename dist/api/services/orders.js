"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refused = void 0;
exports.splitBody = splitBody;
exports.submitOrder = submitOrder;
exports.checkResubmission = checkResubmission;
const node_crypto_1 = require("node:crypto");
const client_1 = require("@temporalio/client");
const temporal_1 = require("../../config/temporal");
const audit_1 = require("../../data/audit");
const eligibility_context_1 = require("../../data/eligibility-context");
const prisma_1 = require("../../data/prisma");
const identity_1 = require("../../domain/identity");
const request_kinds_1 = require("../../domain/request-kinds");
const request_1 = require("../../workflows/request");
const errors_1 = require("../errors");
const order_view_1 = require("./order-view");
const duplicateOrder = () => new errors_1.AppError('DUPLICATE_ORDER', 'Det finns redan en pågående beställning av samma roll i samma förbund för den här personen.');
/** A refusal under the rules (422 with each rule's id, code and message). */
const refused = (violations) => new errors_1.AppError(violations[0].code, violations.map((v) => v.message).join(' '), violations);
exports.refused = refused;
// Removal kinds: their open requests are not pending roles (fixed for the process's lifetime).
const NON_GRANT_KINDS = (0, request_kinds_1.nonGrantKinds)();
/**
 * The form as parsed (zod fixes the key order), hashed: what an Idempotency-Key stands for.
 * Blankett 9480 hashes without its kind, as before the engine, so a retry across the upgrade
 * is still recognised.
 */
function formHash(kind, form) {
    return (0, node_crypto_1.createHash)('sha256').update(JSON.stringify(kind === 'USER_9480' ? form : { kind, form })).digest('hex');
}
/** The stages a new request runs through: the catalog's, with BA's due days from configuration. */
function stagePlanOf(kind, config) {
    return kind.stages.map((s) => (s.actorRole === 'BA' ? { ...s, dueWorkingDays: config.BA_DUE_WORKING_DAYS, remindEveryWorkingDays: config.BA_REMINDER_EVERY_WORKING_DAYS } : { ...s }));
}
/** Splits the body into its kind and form (a body without kind is blankett 9480). */
function splitBody(body) {
    const { kind, ...form } = body;
    return { kindId: kind ?? 'USER_9480', form };
}
/**
 * Everything that can be checked before anything is written, in an order that discloses nothing
 * about people outside the caller's organisation: who may order for the person (the kind's
 * orderer rule, alone), then the kind's rules on what the ordering organisation may know, then
 * the person's identity against the register. What the register holds elsewhere — another
 * employer, roles, open requests or skyddad identitet — is never a refusal: BA sees it.
 */
async function checkSubmission(db, caller, kind, form, orderId) {
    if (!kind.orderedBy.some((role) => caller.roles.includes(role))) {
        throw new errors_1.AppError('FORBIDDEN_ROLE', `Den här ärendetypen (${kind.label}) beställs av ${kind.orderedBy.map((r) => request_kinds_1.ORDERER_LABELS[r]).join(' eller ')}.`);
    }
    const draft = kind.toDraft(form);
    const loaded = await (0, eligibility_context_1.loadEligibilityContext)(db, { ordererId: caller.personId, draft, orderId, nonGrantKinds: NON_GRANT_KINDS }, new Date());
    if (!loaded.ok && 'unregistered' in loaded)
        throw (0, exports.refused)([kind.unregisteredSubject]);
    if (!loaded.ok)
        throw (0, errors_1.badRequest)('Beställningen hänvisar till något som inte finns. Se detaljerna per fält.', loaded.errors);
    const violations = (0, request_kinds_1.checkRequest)(kind, loaded.visibleCtx);
    if (violations.length > 0)
        throw (0, exports.refused)(violations);
    const { subject } = loaded;
    if (draft.user && subject && !(0, identity_1.namesMatchRegister)(subject, draft.user))
        throw (0, exports.refused)([identity_1.IDENTITY_MISMATCH]);
    const source = draft.user ?? subject; // a form without the person's details needs a registered person (checked above)
    return {
        draft,
        subject,
        person: { personnummer: draft.personnummer, givenName: source.givenName, familyName: source.familyName, email: source.email, phone: source.phone ?? null, employerId: source.employerId },
    };
}
/** The request's columns from a checked submission (also what a resubmission changes). */
function columnsOf(checked, form) {
    const { draft, subject, person } = checked;
    return {
        role: draft.role,
        forbundId: draft.forbundId,
        protectedIdentity: draft.protectedIdentity,
        ...person,
        payload: form,
        subjectPersonId: subject?.id ?? null,
        // An employment change is never merged silently: BA must confirm it (activities/grant-role.ts).
        registeredEmployerId: subject && subject.employerId !== person.employerId ? subject.employerId : null,
    };
}
const subjectOf = (checked) => ({ personnummer: checked.person.personnummer, personId: checked.subject?.id ?? null, employerId: checked.person.employerId });
async function assertNoOpenDuplicate(db, c, exceptId) {
    const open = await db.order.findFirst({ where: { personnummer: c.personnummer, forbundId: c.forbundId, role: c.role, employerId: c.employerId, status: { in: [...eligibility_context_1.OPEN_ORDER_STATUSES] }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
    if (open)
        throw duplicateOrder();
}
/**
 * A request of any kind in the catalog (docs/architecture.md, "The engine"): check everything
 * that can be checked now, write the request, start its workflow (workflow id = request id).
 * Any refusal changes nothing.
 */
async function submitOrder(deps, caller, body, idempotencyKey) {
    const { db } = deps;
    const { kindId, form } = splitBody(body);
    const kind = request_kinds_1.REQUEST_KINDS[kindId];
    const hash = formHash(kindId, form);
    if (idempotencyKey) {
        const earlier = await db.order.findUnique({ where: { submittedById_idempotencyKey: { submittedById: caller.personId, idempotencyKey } } });
        if (earlier && earlier.idempotencyHash !== hash) {
            throw new errors_1.AppError('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key har redan använts för en annan beställning. Använd en ny nyckel för en ny beställning.');
        }
        if (earlier)
            return { order: (await (0, order_view_1.findOrderView)(db, earlier.id)), replayed: true };
    }
    const checked = await checkSubmission(db, caller, kind, form);
    const columns = columnsOf(checked, form);
    await assertNoOpenDuplicate(db, columns);
    const id = (0, node_crypto_1.randomUUID)();
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
            await (0, audit_1.audit)(tx, { key: `${id}:submitted`, event: 'ORDER_SUBMITTED', orderId: id, actorId: caller.personId, authMethod: caller.authMethod, data: { kind: kindId } });
        });
    }
    catch (err) {
        // The partial unique index on open orders, or the idempotency key, raced with another request.
        if (err instanceof prisma_1.Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
            if (idempotencyKey)
                return submitOrder(deps, caller, body, idempotencyKey);
            throw duplicateOrder();
        }
        throw err;
    }
    try {
        await deps.temporal.workflow.start(request_1.requestWorkflow, {
            ...temporal_1.WORKFLOW_START_OPTIONS,
            workflowId: id,
            taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
            args: [{ requestId: id, kind: kindId, submittedById: caller.personId, subject: subjectOf(checked), stages: stagePlanOf(kind, deps.config), effect: kind.effect }],
        });
    }
    catch (err) {
        if (!(err instanceof client_1.WorkflowExecutionAlreadyStartedError)) {
            // Without a workflow the request would sit forever: undo it so the orderer can retry.
            await db.$transaction([db.auditEvent.deleteMany({ where: { orderId: id } }), db.order.delete({ where: { id } })]);
            throw new errors_1.AppError('WORKFLOW_UNAVAILABLE', 'Beställningen kunde inte tas emot just nu. Ingenting sparades; försök igen om en stund.');
        }
    }
    return { order: (await (0, order_view_1.findOrderView)(db, id)), replayed: false };
}
/**
 * What a returned request's correction changes, checked like a new submission of its kind. The
 * workflow writes it (the Update's validator decides whether the request may be resubmitted).
 */
async function checkResubmission(db, caller, order, body) {
    const { kindId, form } = splitBody(body);
    if (kindId !== order.kind) {
        throw (0, errors_1.badRequest)('Ärendetypen (kind) kan inte ändras när en beställning skickas in igen.', [{ path: 'kind', message: `Beställningen är av typen ${order.kind}.` }]);
    }
    const checked = await checkSubmission(db, caller, request_kinds_1.REQUEST_KINDS[kindId], form, order.id);
    const columns = columnsOf(checked, form);
    await assertNoOpenDuplicate(db, columns, order.id);
    return { subject: subjectOf(checked), changes: columns };
}
//# sourceMappingURL=orders.js.map