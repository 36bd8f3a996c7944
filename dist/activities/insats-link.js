"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.endLinksInTx = endLinksInTx;
exports.linkActivities = linkActivities;
/**
 * The activities of linking deltagaransvariga to insatser (workflows/insats-link.ts) and of a
 * PUB-avtal's life (workflows/pub-avtal.ts). Each is idempotent: writes guarded by the
 * status they expect, keyed audit events, processing-log rows and outbox rows, so a retry after a
 * crash changes nothing twice and sends no e-mail twice.
 */
const activity_1 = require("@temporalio/activity");
const client_1 = require("@temporalio/client");
const audit_1 = require("../data/audit");
const civil_day_1 = require("../data/civil-day");
const processing_log_1 = require("../data/processing-log");
const pub_avtal_1 = require("../data/pub-avtal");
const subject_1 = require("../data/subject");
const insats_link_1 = require("../domain/eligibility-rules/insats-link");
const insats_link_2 = require("../domain/insats-link");
const pub_avtal_2 = require("../domain/pub-avtal");
const stockholm_time_1 = require("../domain/stockholm-time");
const insats_link_definitions_1 = require("../workflows/insats-link.definitions");
const email_1 = require("./email");
const identity_1 = require("../domain/identity");
/**
 * Ends the open links (waiting or linked) that `where` picks, for `reason`: a linked one is
 * unlinked, and logged as processing under the avtal it was made under; a waiting request
 * is withdrawn (UNLINKED) or, when the role went, refused. Returns how many this call ended.
 */
async function endLinksInTx(tx, where, end) {
    const open = await tx.insatsLink.findMany({ where: { ...where, status: { in: [...insats_link_2.OPEN_LINK_STATUSES] } } });
    let ended = 0;
    for (const link of open) {
        const linked = link.status === 'LINKED';
        const status = linked || end.reason === 'UNLINKED' ? 'UNLINKED' : 'REFUSED';
        const { count } = await tx.insatsLink.updateMany({ where: { id: link.id, status: link.status }, data: { status, endedAt: end.at, endedById: end.byId, endReason: end.reason } });
        if (count === 0)
            continue; // ended meanwhile
        ended += 1;
        if (linked) {
            await (0, processing_log_1.logProcessing)(tx, { key: `${link.id}:unlinked`, action: 'UNLINK', personIds: [link.personId], actorId: end.byId, authMethod: end.authMethod, onBehalfOfId: end.onBehalfOfId, forbundId: link.forbundId, insatsId: link.insatsId, linkId: link.id, pubAvtalId: link.pubAvtalId, at: end.at });
        }
        const event = linked ? 'LINK_REMOVED' : status === 'UNLINKED' ? 'LINK_WITHDRAWN' : 'LINK_REFUSED';
        await (0, audit_1.audit)(tx, { key: `${link.id}:ended`, event, subject: (0, subject_1.linkSubject)(link.id), actorId: end.byId, authMethod: end.authMethod, at: end.at, data: { reason: end.reason, cause: end.key, insatsId: link.insatsId, personId: link.personId } });
    }
    return { ended };
}
function linkActivities(deps) {
    const { db } = deps;
    /** Writes one e-mail about the link to the förbundsadministratör who asked for it, and sends it. */
    async function tellRequester(linkId, template, extra = {}) {
        const link = await db.insatsLink.findUniqueOrThrow({ where: { id: linkId }, include: { person: true, requestedBy: true, insats: true, forbund: true } });
        const input = { template, linkId, recipientName: (0, identity_1.displayName)(link.requestedBy), personName: (0, identity_1.displayName)(link.person), insatsName: link.insats.name, forbundName: link.forbund.name, ...extra };
        await (0, email_1.sendOutboxEmail)(deps, await (0, email_1.queueEmail)(deps, { subject: (0, subject_1.linkSubject)(linkId), recipient: link.requestedBy.email, input }));
    }
    return {
        /**
         * links the waiting request now, when the person still holds the role and an avtal
         * is in force on the workflow's day; refuses it when the role is gone; otherwise it waits on
         * (`nextCheckAt`: when a registered avtal begins). A link made after a wait is the system's,
         * on behalf of the förbundsadministratör who asked, who is told.
         */
        async tryLink({ linkId, at, byRequester, requesterAuthMethod }) {
            const when = new Date(at);
            const result = await db.$transaction(async (tx) => {
                const link = await tx.insatsLink.findUnique({ where: { id: linkId } });
                // Gone: the API took the request back when its workflow could not be recorded.
                if (!link)
                    return { status: 'UNLINKED' };
                if (link.status !== 'WAITING_FOR_PUB_AVTAL')
                    return { status: link.status };
                const holds = await tx.userRole.findFirst({ where: { personId: link.personId, forbundId: link.forbundId, role: 'DELTAGARANSVARIG' } });
                if (!holds) {
                    await endLinksInTx(tx, { id: linkId }, { reason: 'ROLE_REMOVED', at: when, byId: null, key: `${linkId}:role-missing` });
                    return { status: 'REFUSED', refused: true };
                }
                const { inForce, upcoming } = await (0, pub_avtal_1.pubAvtalOnDay)(tx, link.forbundId, (0, stockholm_time_1.formatStockholmDate)(when));
                if (!inForce)
                    return { status: 'WAITING_FOR_PUB_AVTAL', nextCheckAt: upcoming && (0, stockholm_time_1.startOfStockholmDay)(upcoming).toISOString() };
                const { count } = await tx.insatsLink.updateMany({ where: { id: linkId, status: 'WAITING_FOR_PUB_AVTAL' }, data: { status: 'LINKED', pubAvtalId: inForce.id, linkedAt: when } });
                if (count === 0)
                    return { status: (await tx.insatsLink.findUniqueOrThrow({ where: { id: linkId } })).status };
                const actor = byRequester ? { actorId: link.requestedById, authMethod: requesterAuthMethod } : { actorId: null, onBehalfOfId: link.requestedById };
                await (0, processing_log_1.logProcessing)(tx, { key: `${linkId}:linked`, action: 'LINK', personIds: [link.personId], ...actor, forbundId: link.forbundId, insatsId: link.insatsId, linkId, pubAvtalId: inForce.id, at: when });
                await (0, audit_1.audit)(tx, { key: `${linkId}:linked`, event: 'LINK_MADE', subject: (0, subject_1.linkSubject)(linkId), actorId: actor.actorId, authMethod: actor.authMethod, at: when, data: { insatsId: link.insatsId, personId: link.personId, pubAvtalId: inForce.id } });
                return { status: 'LINKED', made: true, validFrom: (0, civil_day_1.dayOfDateColumn)(inForce.validFrom) };
            });
            if (result.made && !byRequester)
                await tellRequester(linkId, 'LINK_MADE', { pubAvtalValidFrom: result.validFrom });
            if (result.refused)
                await tellRequester(linkId, 'LINK_REFUSED', { ruleMessage: insats_link_1.NOT_DELTAGARANSVARIG_IN_FORBUND.message });
            return { status: result.status, ...(result.nextCheckAt ? { nextCheckAt: result.nextCheckAt } : {}) };
        },
        /** tells the förbundsadministratör that the link waits for a PUB-avtal, and until when. */
        async tellLinkWaiting({ linkId }) {
            const link = await db.insatsLink.findUniqueOrThrow({ where: { id: linkId } });
            if (link.status !== 'WAITING_FOR_PUB_AVTAL')
                return;
            await tellRequester(linkId, 'LINK_WAITING', { waitUntilDay: (0, stockholm_time_1.formatStockholmDate)(new Date(link.waitUntil.getTime() - 1)) });
        },
        /** no avtal came within the wait: the request lapses, and the förbundsadministratör is told. */
        async lapseLink({ linkId, at }) {
            const lapsed = await db.$transaction(async (tx) => {
                const { count } = await tx.insatsLink.updateMany({ where: { id: linkId, status: 'WAITING_FOR_PUB_AVTAL' }, data: { status: 'LAPSED', endedAt: new Date(at), endReason: 'NO_PUB_AVTAL' } });
                if (count === 1)
                    await (0, audit_1.audit)(tx, { key: `${linkId}:lapsed`, event: 'LINK_LAPSED', subject: (0, subject_1.linkSubject)(linkId), at: new Date(at), data: { rule: insats_link_1.NO_PUB_AVTAL.rule } });
                return (await tx.insatsLink.findUniqueOrThrow({ where: { id: linkId } })).status;
            });
            if (lapsed === 'LAPSED')
                await tellRequester(linkId, 'LINK_LAPSED', { ruleMessage: insats_link_1.NO_PUB_AVTAL.message });
            return { status: lapsed };
        },
        /** A PUB-avtal was registered: the förbund's waiting link requests try again. */
        async wakeWaitingLinks({ forbundId }) {
            const waiting = await db.insatsLink.findMany({ where: { forbundId, status: 'WAITING_FOR_PUB_AVTAL' }, select: { id: true } });
            const client = activity_1.Context.current().client;
            for (const { id } of waiting) {
                try {
                    await client.workflow.getHandle((0, insats_link_definitions_1.linkWorkflowId)(id)).signal(insats_link_definitions_1.linkRecheckSignal);
                }
                catch (err) {
                    if (!(err instanceof client_1.WorkflowNotFoundError))
                        throw err; // it ended meanwhile
                }
            }
            return { woken: waiting.length };
        },
        /** When the avtal stops holding (the start of that day in Stockholm), or null: until further notice. */
        async planPubAvtalEnd({ pubAvtalId }) {
            const a = await db.pubAvtal.findUniqueOrThrow({ where: { id: pubAvtalId } });
            const endDay = (0, pub_avtal_2.pubAvtalEndDay)((0, pub_avtal_1.pubAvtalPeriodOf)(a));
            return { endsAt: endDay === null ? null : (0, stockholm_time_1.startOfStockholmDay)(endDay).toISOString() };
        },
        /**
         * the avtal has ended. Its links move to another avtal in force that day, if there is
         * one; otherwise each is removed (logged as processing) and the förbundsadministratörer are told.
         */
        async endPubAvtalLinks({ pubAvtalId, at }) {
            const when = new Date(at);
            const a = await db.pubAvtal.findUniqueOrThrow({ where: { id: pubAvtalId }, include: { forbund: true } });
            const endDay = (0, pub_avtal_2.pubAvtalEndDay)((0, pub_avtal_1.pubAvtalPeriodOf)(a));
            if (endDay === null || (0, stockholm_time_1.formatStockholmDate)(when) < endDay)
                return { linksEnded: 0 };
            await db.$transaction(async (tx) => {
                const { inForce: successor } = await (0, pub_avtal_1.pubAvtalOnDay)(tx, a.forbundId, endDay);
                if (successor) {
                    const moved = await tx.insatsLink.updateMany({ where: { pubAvtalId, status: 'LINKED' }, data: { pubAvtalId: successor.id } });
                    await (0, audit_1.audit)(tx, { key: `pub-avtal:${pubAvtalId}:links-moved`, event: 'PUB_AVTAL_LINKS_MOVED', subject: (0, subject_1.pubAvtalSubject)(pubAvtalId), at: when, data: { to: successor.id, links: moved.count } });
                    return;
                }
                await endLinksInTx(tx, { pubAvtalId, status: 'LINKED' }, { reason: 'PUB_AVTAL_ENDED', at: when, byId: null, key: `pub-avtal:${pubAvtalId}:ended` });
                await (0, audit_1.audit)(tx, { key: `pub-avtal:${pubAvtalId}:ended`, event: 'PUB_AVTAL_ENDED', subject: (0, subject_1.pubAvtalSubject)(pubAvtalId), at: when, data: { endDay } });
            });
            // Read back, so a retry tells the same people the same thing.
            const removed = await db.insatsLink.findMany({ where: { pubAvtalId, endReason: 'PUB_AVTAL_ENDED' }, include: { person: true, insats: true }, orderBy: [{ insats: { name: 'asc' } }, { id: 'asc' }] });
            if (removed.length === 0)
                return { linksEnded: 0 };
            const admins = await db.userRole.findMany({ where: { forbundId: a.forbundId, role: 'FORBUNDSADMINISTRATOR' }, include: { person: true }, orderBy: { personId: 'asc' } });
            for (const admin of admins) {
                const input = { template: 'LINKS_ENDED_PUB_AVTAL', pubAvtalId, recipientName: (0, identity_1.displayName)(admin.person), forbundName: a.forbund.name, endDay, removed: removed.map((l) => `${(0, identity_1.displayName)(l.person)} – ${l.insats.name}`) };
                await (0, email_1.sendOutboxEmail)(deps, await (0, email_1.queueEmail)(deps, { subject: (0, subject_1.pubAvtalSubject)(pubAvtalId), recipient: admin.person.email, input }));
            }
            return { linksEnded: removed.length };
        },
    };
}
//# sourceMappingURL=insats-link.js.map