"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refusal = void 0;
exports.listTasks = listTasks;
exports.getTask = getTask;
exports.claimTask = claimTask;
exports.releaseTask = releaseTask;
exports.refusalOfUpdate = refusalOfUpdate;
exports.withinDecisionWait = withinDecisionWait;
exports.decideTask = decideTask;
const client_1 = require("@temporalio/client");
const common_1 = require("@temporalio/common");
const audit_1 = require("../../data/audit");
const rule_violations_1 = require("../../data/rule-violations");
const request_kinds_1 = require("../../domain/request-kinds");
const roles_1 = require("../../domain/roles");
const order_9480_definitions_1 = require("../../workflows/order-9480.definitions");
const request_definitions_1 = require("../../workflows/request.definitions");
const roles_2 = require("../auth/roles");
const errors_1 = require("../errors");
const cursor_1 = require("./cursor");
const taskNotFound = () => (0, errors_1.notFound)('Ärendet finns inte.');
/** How long a decider waits for the workflow to take a decision before being told to check back. */
const DECISION_WAIT_MS = 8_000;
// What a task view needs from its request.
const withOrder = {
    order: { select: { employerId: true, registeredEmployerId: true, reviewFindings: true } },
    claimedBy: { select: { givenName: true, familyName: true } },
};
const staffRolesOf = (caller) => roles_1.STAFF_ROLES.filter((r) => caller.roles.includes(r));
/** The task's stage is the caller's to act on: their role, and their organisation where the stage is scoped. */
function actsOn(caller, task) {
    return caller.roles.includes(task.actorRole) && (task.scopeOrganisationId === null || task.scopeOrganisationId === caller.organisationId);
}
/**
 * A task in a queue, with what its decider must weigh. Review findings and an employment change
 * are BA's to see (they may come from outside the orderer's organisation), so other stages get
 * neither.
 */
function toTaskView(t, caller, now = new Date()) {
    const forBa = caller.roles.includes('BA');
    return {
        id: t.id,
        kind: t.kind,
        status: t.status,
        orderId: t.orderId,
        round: t.round,
        stage: t.stage,
        stageLabel: t.stageLabel,
        actorRole: t.actorRole,
        decisions: t.decisions,
        forbundId: t.forbundId,
        subject: t.subject,
        submittedAt: t.submittedAt.toISOString(),
        dueAt: t.dueAt.toISOString(),
        overdue: t.status === 'OPEN' && t.dueAt < now,
        escalated: t.escalatedAt !== null,
        claimedBy: t.claimedById,
        claimedByName: t.claimedBy ? `${t.claimedBy.givenName} ${t.claimedBy.familyName}` : null,
        claimedAt: t.claimedAt?.toISOString() ?? null,
        closedAt: t.closedAt?.toISOString() ?? null,
        remindersSent: t.remindersSent,
        decision: t.decision,
        decisionReason: t.decisionReason,
        employmentChange: forBa && t.order.registeredEmployerId ? { fromOrganisationId: t.order.registeredEmployerId, toOrganisationId: t.order.employerId } : null,
        reviewFindings: forBa ? (0, rule_violations_1.ruleViolationsIn)(t.order.reviewFindings) : [],
    };
}
/**
 * Every stage's queue, read from the projection with indexes (never by scanning workflows): the
 * tasks of the stages the caller acts on (within the stage's organisation scope), and overdue
 * tasks escalated to one of the caller's roles.
 */
async function listTasks(db, caller, q) {
    const column = q.sort === 'due' ? 'dueAt' : 'submittedAt';
    const roles = staffRolesOf(caller);
    const now = new Date();
    const and = [{
            OR: [
                { actorRole: { in: roles }, OR: [{ scopeOrganisationId: null }, { scopeOrganisationId: caller.organisationId }] },
                { escalationRole: { in: roles }, escalatedAt: { not: null } },
            ],
        }];
    if (q.cursor) {
        const c = (0, cursor_1.decodeTimeCursor)(q.cursor);
        and.push({ OR: [{ [column]: { gt: c.at } }, { [column]: c.at, id: { gt: c.id } }] });
    }
    const where = {
        status: q.status,
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.stage ? { stage: q.stage } : {}),
        ...(q.forbundId ? { forbundId: q.forbundId } : {}),
        ...(q.overdue !== undefined ? { dueAt: q.overdue ? { lt: now } : { gte: now } } : {}),
        AND: and,
    };
    const rows = await db.task.findMany({ where, include: withOrder, orderBy: [{ [column]: 'asc' }, { id: 'asc' }], take: q.limit + 1 });
    const page = (0, cursor_1.pageOf)(rows, q.limit, (t) => t[column]);
    return { items: page.items.map((t) => toTaskView(t, caller, now)), nextCursor: page.nextCursor };
}
/** Four-eyes: nobody handles a request they submitted or that is for themselves. */
function assertNotOwnOrder(caller, order) {
    const own = order.submittedById === caller.personId || order.subjectPersonId === caller.personId || order.personnummer === caller.personnummer;
    if (own)
        throw (0, exports.refusal)('FOUR_EYES');
}
/** The task, if the caller acts on its stage: 404 when it does not exist, 403 when it is another stage's. */
async function findActionableTask(db, caller, taskId) {
    const task = await db.task.findUnique({ where: { id: taskId }, include: { order: true } });
    if (!task)
        throw taskNotFound();
    if (!actsOn(caller, task))
        throw (0, exports.refusal)('NOT_STAGE_ACTOR');
    assertNotOwnOrder(caller, task.order);
    return task;
}
const reread = async (db, caller, taskId) => toTaskView((await db.task.findUnique({ where: { id: taskId }, include: withOrder })), caller);
/**
 * One task, for whoever sees it in a queue: those acting on its stage and, once it is escalated,
 * the escalation role. Anyone else gets 404 (a task outside one's queues is not visible).
 */
async function getTask(db, caller, taskId) {
    const task = await db.task.findUnique({ where: { id: taskId }, include: withOrder });
    const escalatedToCaller = task?.escalatedAt && task.escalationRole && caller.roles.includes(task.escalationRole);
    if (!task || !(actsOn(caller, task) || escalatedToCaller))
        throw taskNotFound();
    return toTaskView(task, caller);
}
/**
 * Takes the task; 409 if someone else already has it or it is closed, 403 for the orderer, the
 * person the request is for, and anyone who does not act on the task's stage. Claiming again is
 * a no-op.
 */
async function claimTask(db, caller, taskId) {
    const found = await findActionableTask(db, caller, taskId);
    if (found.status === 'OPEN' && found.claimedById === caller.personId)
        return reread(db, caller, taskId);
    const now = new Date();
    const claimed = await db.task.updateMany({ where: { id: taskId, status: 'OPEN', claimedById: null }, data: { claimedById: caller.personId, claimedAt: now } });
    if (claimed.count === 0) {
        if (found.status === 'CLOSED')
            throw new errors_1.AppError('TASK_CLOSED', 'Ärendet är redan avslutat.');
        throw new errors_1.AppError('TASK_CLAIMED', 'Ärendet handläggs redan av en annan handläggare.');
    }
    await (0, audit_1.audit)(db, { key: `${found.orderId}:claimed:${caller.personId}:${now.getTime()}`, event: 'TASK_CLAIMED', orderId: found.orderId, actorId: caller.personId, authMethod: caller.authMethod, at: now, data: { stage: found.stage } });
    return reread(db, caller, taskId);
}
/**
 * Gives the task back to its queue, so a request is never stuck behind one person: its claimer
 * or anyone else acting on the stage may release it. Releasing an unclaimed task is a no-op; a
 * closed one is 409.
 */
async function releaseTask(db, caller, taskId) {
    const task = await db.task.findUnique({ where: { id: taskId } });
    if (!task)
        throw taskNotFound();
    if (!actsOn(caller, task))
        throw (0, exports.refusal)('NOT_STAGE_ACTOR');
    if (task.status === 'CLOSED')
        throw new errors_1.AppError('TASK_CLOSED', 'Ärendet är redan avslutat.');
    if (!task.claimedById)
        return reread(db, caller, taskId);
    const now = new Date();
    const released = await db.task.updateMany({ where: { id: taskId, status: 'OPEN', claimedById: task.claimedById }, data: { claimedById: null, claimedAt: null } });
    if (released.count === 1) {
        await (0, audit_1.audit)(db, { key: `${task.orderId}:released:${now.getTime()}`, event: 'TASK_RELEASED', orderId: task.orderId, actorId: caller.personId, authMethod: caller.authMethod, at: now, data: { claimedBy: task.claimedById } });
    }
    return reread(db, caller, taskId);
}
/** What the decider is told for each refusal (the status comes with the code). */
const REFUSAL_MESSAGES = {
    NOT_BA: 'Endast behörighetsadministrationen kan fatta beslut.',
    NOT_STAGE_ACTOR: 'Ärendet ligger i ett steg som du inte handlägger. Det beslutas av den roll som steget anger.',
    NOT_ORDERER: 'Bara den som lämnade in beställningen kan skicka in den igen eller återkalla den.',
    FOUR_EYES: 'Du kan inte handlägga eller besluta om en beställning som du själv har lämnat in eller som gäller dig själv.',
    ALREADY_DECIDED: 'Beställningen är redan beslutad.',
    NOT_AWAITING_DECISION: 'Ärendet väntar inte på beslut längre; någon annan har beslutat eller ändrat det. Hämta ärendet på nytt.',
    DECISION_NOT_ALLOWED: 'Beslutet finns inte i det här steget. Se vilka beslut uppgiften tillåter (decisions).',
    REASON_REQUIRED: 'Ange ett skäl när beställningen avslås eller skickas tillbaka.',
    EMPLOYMENT_CHANGE_UNCONFIRMED: 'Personen är registrerad hos en annan arbetsgivare än den beställningen anger. Bekräfta bytet av arbetsgivare uttryckligen (confirmEmploymentChange) för att godkänna, eller avslå beställningen.',
    REVIEW_FINDINGS: 'Granskningen visar regler som hindrar beställningen. Den kan bara avslås, med ett skäl.',
    NOT_RETURNED: 'Beställningen är inte tillbakaskickad och kan inte skickas in igen.',
    NOT_CANCELLABLE: 'Beställningen är redan beslutad eller avslutad och kan inte återkallas.',
    DECISION_NOT_RECORDED: 'Beslutet kunde inte sparas just nu. Ingenting är beslutat; försök igen om en stund.',
};
const refusal = (type) => new errors_1.AppError(type, REFUSAL_MESSAGES[type]);
exports.refusal = refusal;
// gRPC status codes (@grpc/grpc-js `status`) Temporal answers an Update with while it cannot take it.
const GRPC = { FAILED_PRECONDITION: 9, ABORTED: 10, RESOURCE_EXHAUSTED: 8, UNAVAILABLE: 14 };
const grpcCodeOf = (err) => {
    const grpc = err instanceof client_1.ServiceError ? err.cause : err;
    return (0, client_1.isGrpcServiceError)(grpc) ? grpc.code : undefined;
};
const decisionPending = (cause) => new errors_1.AppError('DECISION_PENDING', 'Ändringen har inte bekräftats ännu eftersom ärendehanteringen inte svarar. Den kan fortfarande genomföras: kontrollera ärendet om en stund innan du försöker igen.', undefined, { cause });
/**
 * Maps a failed Update to its refusal; anything else is rethrown.
 * - Temporal refused it before the workflow saw it (FAILED_PRECONDITION: the workflow task is
 *   failing or timing out, as after a worker crash): nothing changed, WORKFLOW_RECOVERING.
 * - No answer in time, or Temporal unavailable while we waited: the Update may still be
 *   applied, DECISION_PENDING (the person checks before trying again; a second try is refused
 *   by the workflow's own validator if the first one landed).
 */
function refusalOfUpdate(err) {
    const grpcCode = grpcCodeOf(err);
    if (grpcCode === GRPC.FAILED_PRECONDITION) {
        throw new errors_1.AppError('WORKFLOW_RECOVERING', 'Ärendehanteringen återhämtar sig just nu efter ett avbrott. Ingenting har ändrats; försök igen om en liten stund.', undefined, { cause: err });
    }
    if (err instanceof client_1.WorkflowUpdateRPCTimeoutOrCancelledError || (0, client_1.isGrpcDeadlineError)(err))
        throw decisionPending(err);
    if (grpcCode === GRPC.UNAVAILABLE || grpcCode === GRPC.ABORTED || grpcCode === GRPC.RESOURCE_EXHAUSTED)
        throw decisionPending(err);
    const type = err instanceof client_1.WorkflowUpdateFailedError && err.cause instanceof common_1.ApplicationFailure ? err.cause.type : undefined;
    if (type && type in REFUSAL_MESSAGES)
        throw (0, exports.refusal)(type);
    if (err instanceof client_1.WorkflowNotFoundError)
        throw (0, exports.refusal)('ALREADY_DECIDED');
    throw err;
}
/** Bounded: with no worker running an Update would wait for one indefinitely. */
function withinDecisionWait(temporal, fn) {
    return temporal.withDeadline(Date.now() + DECISION_WAIT_MS, fn);
}
/**
 * A stage's decision, delivered to the request's workflow as a Temporal Update. The checks here
 * give quick, clear answers; the Update's validator is the authority (the acting stage,
 * four-eyes, once). A decision that lands after its wait is still the only one.
 */
async function decideTask(db, temporal, caller, taskId, decision) {
    const task = await findActionableTask(db, caller, taskId);
    if (task.status === 'CLOSED' || task.order.decision)
        throw (0, exports.refusal)('ALREADY_DECIDED');
    if (task.claimedById && task.claimedById !== caller.personId)
        throw new errors_1.AppError('TASK_CLAIMED', 'Ärendet handläggs av en annan handläggare.');
    if (!task.decisions.includes(decision.decision))
        throw (0, exports.refusal)('DECISION_NOT_ALLOWED');
    const legacy = task.order.workflowType === 'order9480Workflow';
    // Approving the last stage of a kind that grants a role: BA must have weighed the register.
    const kind = (0, request_kinds_1.findKind)(task.kind);
    const grants = legacy || (kind?.effect === 'GRANT' && task.stage === kind.stages.at(-1)?.id);
    if (decision.decision === 'APPROVE' && grants)
        await assertApprovable(db, task.order, decision);
    const decidedBy = (0, roles_2.actorOf)(caller);
    const handle = temporal.workflow.getHandle(task.orderId);
    try {
        return await withinDecisionWait(temporal, () => legacy
            ? handle.executeUpdate(order_9480_definitions_1.decideUpdate, { args: [{ decision: decision.decision, reason: decision.reason, confirmEmploymentChange: decision.confirmEmploymentChange, decidedBy }] })
            : handle.executeUpdate(request_definitions_1.decideStageUpdate, { args: [{ taskId, decision: decision.decision, reason: decision.reason, confirmEmploymentChange: decision.confirmEmploymentChange, decidedBy }] }));
    }
    catch (err) {
        return refusalOfUpdate(err);
    }
}
/**
 * The register may have changed since the request was submitted: a person registered meanwhile
 * with another employer is an employment change too, never merged silently. Review findings
 * allow only a rejection.
 */
async function assertApprovable(db, order, decision) {
    if ((0, rule_violations_1.ruleViolationsIn)(order.reviewFindings).length > 0)
        throw (0, exports.refusal)('REVIEW_FINDINGS');
    let registeredEmployerId = order.registeredEmployerId;
    if (!registeredEmployerId) {
        const person = await db.person.findUnique({ where: { personnummer: order.personnummer } });
        if (person && person.employerId !== order.employerId) {
            registeredEmployerId = person.employerId;
            await db.order.update({ where: { id: order.id }, data: { registeredEmployerId, subjectPersonId: person.id } });
        }
    }
    if (registeredEmployerId && decision.confirmEmploymentChange !== true)
        throw (0, exports.refusal)('EMPLOYMENT_CHANGE_UNCONFIRMED');
}
//# sourceMappingURL=tasks.js.map