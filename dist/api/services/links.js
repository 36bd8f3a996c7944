"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.linkView = linkView;
exports.listLinks = listLinks;
exports.requestLink = requestLink;
exports.unlink = unlink;
exports.myLinks = myLinks;
exports.forbundAdministrators = forbundAdministrators;
/**
 * Linking deltagaransvariga to insatser as the API serves it. A förbundsadministratör
 * of the insats's förbund asks for a link (carried by its workflow, which waits for a PUB-avtal
 * when none is in force) and removes one at once; everyone with a role in the förbund and BA read
 * who is linked, and each such read is processing of personal data: it is logged.
 */
const node_crypto_1 = require("node:crypto");
const insats_link_1 = require("../../activities/insats-link");
const start_link_workflows_1 = require("../../activities/start-link-workflows");
const audit_1 = require("../../data/audit");
const processing_log_1 = require("../../data/processing-log");
const prisma_1 = require("../../data/prisma");
const pub_avtal_1 = require("../../data/pub-avtal");
const subject_1 = require("../../data/subject");
const insats_link_2 = require("../../domain/eligibility-rules/insats-link");
const insats_link_3 = require("../../domain/insats-link");
const stockholm_time_1 = require("../../domain/stockholm-time");
const insats_link_definitions_1 = require("../../workflows/insats-link.definitions");
const errors_1 = require("../errors");
const forbund_access_1 = require("./forbund-access");
const insatser_1 = require("./insatser");
const orders_1 = require("./orders");
const tasks_1 = require("./tasks");
const identity_1 = require("../../domain/identity");
const DAY = 24 * 60 * 60 * 1000;
const include = { person: true, requestedBy: true, insats: true };
function linkView(l) {
    return {
        id: l.id,
        insatsId: l.insatsId,
        insatsName: l.insats.name,
        forbundId: l.forbundId,
        status: l.status,
        person: { id: l.personId, name: (0, identity_1.displayName)(l.person), email: l.person.email },
        requestedAt: l.requestedAt.toISOString(),
        requestedBy: (0, identity_1.displayName)(l.requestedBy),
        waitUntil: l.waitUntil.toISOString(),
        linkedAt: l.linkedAt?.toISOString() ?? null,
        pubAvtalId: l.pubAvtalId,
        endedAt: l.endedAt?.toISOString() ?? null,
        endReason: l.endReason,
        refusedBy: l.status === 'LAPSED' ? insats_link_2.NO_PUB_AVTAL : l.status === 'REFUSED' ? insats_link_2.NOT_DELTAGARANSVARIG_IN_FORBUND : null,
    };
}
/**
 * Who is linked to the insats (and who waits to be); `history`: also ended links. The read is
 * logged per person shown, under the avtal in force today.
 */
async function listLinks(db, caller, insatsId, history = false) {
    const insats = await (0, insatser_1.findInsats)(db, caller, insatsId);
    return db.$transaction(async (tx) => {
        const rows = await tx.insatsLink.findMany({ where: { insatsId, ...(history ? {} : { status: { in: [...insats_link_3.OPEN_LINK_STATUSES] } }) }, include, orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }] });
        const { inForce } = await (0, pub_avtal_1.pubAvtalOnDay)(tx, insats.forbundId, (0, stockholm_time_1.formatStockholmDate)(new Date()));
        const personIds = [...new Set(rows.map((r) => r.personId))];
        await (0, processing_log_1.logProcessing)(tx, { key: `read:${(0, node_crypto_1.randomUUID)()}`, action: 'READ_LINKS', personIds, actorId: caller.personId, authMethod: caller.authMethod, forbundId: insats.forbundId, insatsId, pubAvtalId: inForce?.id ?? null });
        return rows.map(linkView);
    });
}
/**
 * asks to link the deltagaransvarig (by personnummer or register id) to the insats. Answers with
 * the link's state after the workflow's first attempt: LINKED, or WAITING_FOR_PUB_AVTAL.
 */
async function requestLink(deps, caller, insatsId, body) {
    const { db } = deps;
    const insats = await (0, insatser_1.findInsats)(db, caller, insatsId);
    (0, forbund_access_1.assertForbundsadministrator)(caller, insats.forbundId, 'koppla deltagaransvariga till dess insatser');
    // R-32, with one answer whether the register holds the person or not.
    const person = await db.person.findUnique({ where: body.personId !== undefined ? { id: body.personId } : { personnummer: body.personnummer } });
    const holds = person && (await db.userRole.findFirst({ where: { personId: person.id, forbundId: insats.forbundId, role: 'DELTAGARANSVARIG' } }));
    if (!person || !holds)
        throw (0, orders_1.refused)([insats_link_2.NOT_DELTAGARANSVARIG_IN_FORBUND]);
    const id = (0, node_crypto_1.randomUUID)();
    const requestedAt = new Date();
    const link = await db.insatsLink
        .create({ data: { id, insatsId, forbundId: insats.forbundId, personId: person.id, status: 'WAITING_FOR_PUB_AVTAL', requestedAt, requestedById: caller.personId, waitUntil: new Date(requestedAt.getTime() + insats_link_3.LINK_WAIT_DAYS * DAY) } })
        .catch((err) => {
        if (err instanceof prisma_1.Prisma.PrismaClientKnownRequestError && err.code === 'P2002')
            throw new errors_1.AppError('LINK_EXISTS', `${(0, identity_1.displayName)(person)} är redan kopplad till insatsen, eller så väntar en begäran om det.`);
        throw err;
    });
    try {
        await (0, tasks_1.withinDecisionWait)(deps.temporal, () => (0, start_link_workflows_1.startLinkWorkflow)(db, deps.temporal, deps.config.TEMPORAL_TASK_QUEUE, link, caller.authMethod ?? null));
    }
    catch {
        // Not started: the request is as if never made. Started but not yet answered (no worker
        // right now): the workflow carries it on, and the answer is where it stands.
        const started = (await db.insatsLink.findUniqueOrThrow({ where: { id }, select: { workflowId: true } })).workflowId;
        if (!started) {
            await db.insatsLink.delete({ where: { id } });
            throw new errors_1.AppError('WORKFLOW_UNAVAILABLE', 'Kopplingen kunde inte begäras just nu. Försök igen om en stund.');
        }
    }
    await db.$transaction((tx) => (0, audit_1.audit)(tx, { key: `${id}:requested`, event: 'LINK_REQUESTED', subject: (0, subject_1.linkSubject)(id), actorId: caller.personId, authMethod: caller.authMethod, at: requestedAt, data: { insatsId, personId: person.id } }));
    const row = await db.insatsLink.findUniqueOrThrow({ where: { id }, include });
    if (row.status === 'REFUSED')
        throw (0, orders_1.refused)([insats_link_2.NOT_DELTAGARANSVARIG_IN_FORBUND]); // the role went while it was asked for
    return linkView(row);
}
/** removes the link at once (or withdraws the waiting request); logged as processing. */
async function unlink(deps, caller, insatsId, linkId) {
    const { db } = deps;
    const insats = await (0, insatser_1.findInsats)(db, caller, insatsId);
    (0, forbund_access_1.assertForbundsadministrator)(caller, insats.forbundId, 'ta bort kopplingar till dess insatser');
    const link = await db.insatsLink.findFirst({ where: { id: linkId, insatsId } });
    if (!link)
        throw (0, errors_1.notFound)('Kopplingen finns inte för insatsen.');
    const { ended } = await db.$transaction((tx) => (0, insats_link_1.endLinksInTx)(tx, { id: linkId }, { reason: 'UNLINKED', at: new Date(), byId: caller.personId, authMethod: caller.authMethod, key: `${linkId}:unlink` }));
    if (ended === 0)
        throw new errors_1.AppError('LINK_ENDED', 'Kopplingen är redan borttagen, eller så förföll eller avslogs begäran.');
    if (link.status === 'WAITING_FOR_PUB_AVTAL') {
        // The workflow would find it ended at its next attempt anyway; this ends it now.
        await deps.temporal.workflow.getHandle((0, insats_link_definitions_1.linkWorkflowId)(linkId)).signal(insats_link_definitions_1.linkRecheckSignal).catch(() => undefined);
    }
    return linkView(await db.insatsLink.findUniqueOrThrow({ where: { id: linkId }, include }));
}
/** The caller's own links (a deltagaransvarig's insatser). */
async function myLinks(db, caller) {
    const rows = await db.insatsLink.findMany({ where: { personId: caller.personId, status: 'LINKED' }, include, orderBy: [{ insats: { name: 'asc' } }, { id: 'asc' }] });
    return rows.map(linkView);
}
/** The förbund's förbundsadministratörer, for everyone with a role in it (seed 000: whom a deltagaransvarig turns to). */
async function forbundAdministrators(db, caller, forbundId) {
    await (0, forbund_access_1.forbundOrNotFound)(db, forbundId);
    (0, forbund_access_1.assertReadsForbund)(caller, forbundId, 'förbundsadministratörer');
    const rows = await db.userRole.findMany({ where: { forbundId, role: 'FORBUNDSADMINISTRATOR' }, include: { person: true }, orderBy: [{ person: { familyName: 'asc' } }, { personId: 'asc' }] });
    return rows.map((r) => ({ personId: r.personId, name: (0, identity_1.displayName)(r.person), email: r.person.email, phone: r.person.phone }));
}
//# sourceMappingURL=links.js.map