"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REGISTER_EXTRACT_SOURCES = void 0;
exports.findPersonByPersonnummer = findPersonByPersonnummer;
exports.registerExtract = registerExtract;
/**
 * A register extract (GDPR art. 15): everything the service holds about one person, for BA to
 * hand over. REGISTER_EXTRACT_SOURCES names every table and column searched; a test derives the
 * columns that refer to a person from prisma/schema.prisma and fails when one is not searched.
 */
const node_crypto_1 = require("node:crypto");
const audit_1 = require("../../data/audit");
const subject_1 = require("../../data/subject");
const errors_1 = require("../errors");
const processing_log_1 = require("./processing-log");
const identity_1 = require("../../domain/identity");
/** `Model.column` for each place the person is referred to. */
exports.REGISTER_EXTRACT_SOURCES = [
    'Person.id',
    'Person.managerId',
    'StaffAssignment.personId',
    'UserRole.personId',
    'PartRepresentative.personId',
    'BestallareMandate.personId',
    'BestallareMandate.revokedById',
    // Requests about the person: by the register's id, and by personnummer before they were registered.
    'Order.subjectPersonId',
    'Order.personnummer',
    'Order.submittedById',
    'Order.decidedById',
    'Task.claimedById',
    'Task.decidedById',
    'InsatsLink.personId',
    'InsatsLink.requestedById',
    'InsatsLink.endedById',
    'Insats.createdById',
    'Insats.updatedById',
    'PubAvtal.registeredById',
    'PubAvtal.terminatedById',
    // E-mails are addressed, not linked: by the person's address.
    'EmailOutbox.recipient',
    'ProcessingLogEntry.personId',
    'ProcessingLogEntry.actorId',
    'ProcessingLogEntry.onBehalfOfId',
    'AuditEvent.actorId',
    'Session.personId',
];
const iso = (d) => d?.toISOString() ?? null;
const requestSummary = (o) => ({ id: o.id, kind: o.kind, status: o.status, role: o.role, forbundId: o.forbundId, submittedAt: o.submittedAt.toISOString(), decision: o.decision, decidedAt: iso(o.decidedAt) });
const linkInclude = { insats: true };
const linkSummary = (l) => ({
    id: l.id, insatsId: l.insatsId, insatsName: l.insats.name, forbundId: l.forbundId, status: l.status, requestedAt: l.requestedAt.toISOString(), linkedAt: iso(l.linkedAt), endedAt: iso(l.endedAt),
    endReason: l.endReason, pubAvtalId: l.pubAvtalId,
});
const logInclude = { person: true, actor: true, onBehalfOf: true, insats: true };
const byTime = { orderBy: [{ at: 'asc' }, { id: 'asc' }] };
/** BA finds the person by personnummer (sent in a body, never in an address that is logged). */
async function findPersonByPersonnummer(db, body) {
    const person = await db.person.findUnique({ where: { personnummer: body.personnummer }, include: { employer: true } });
    if (!person)
        throw (0, errors_1.notFound)('Det finns ingen person med det personnumret i registret.');
    return { id: person.id, name: (0, identity_1.displayName)(person), employerName: person.employer.name };
}
/** The extract; that BA took it is itself recorded (who, when, about whom). */
async function registerExtract(db, caller, personId) {
    const person = await db.person.findUnique({ where: { id: personId }, include: { employer: true, manager: true } });
    if (!person)
        throw (0, errors_1.notFound)('Personen finns inte i registret.');
    const id = person.id;
    await db.$transaction((tx) => (0, audit_1.audit)(tx, { key: `register-extract:${(0, node_crypto_1.randomUUID)()}`, event: 'REGISTER_EXTRACT_TAKEN', subject: (0, subject_1.personSubject)(id), actorId: caller.personId, authMethod: caller.authMethod }));
    const [reports, staffRoles, roles, represents, mandates, mandatesRevoked, about, submitted, decided, tasks, held, requested, ended, created, updated, avtal, emails, logAbout, logBy, logFor, auditEvents, sessions] = await db.$transaction([
        db.person.findMany({ where: { managerId: id }, orderBy: { id: 'asc' } }),
        db.staffAssignment.findMany({ where: { personId: id }, orderBy: { role: 'asc' } }),
        db.userRole.findMany({ where: { personId: id }, include: { forbund: true }, orderBy: [{ since: 'asc' }, { id: 'asc' }] }),
        db.partRepresentative.findMany({ where: { personId: id }, include: { organisation: true }, orderBy: { organisationId: 'asc' } }),
        db.bestallareMandate.findMany({ where: { personId: id }, include: { organisation: true }, orderBy: [{ validFrom: 'asc' }, { id: 'asc' }] }),
        db.bestallareMandate.findMany({ where: { revokedById: id }, orderBy: { id: 'asc' } }),
        db.order.findMany({ where: { OR: [{ subjectPersonId: id }, { personnummer: person.personnummer }] }, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }] }),
        db.order.findMany({ where: { submittedById: id }, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }] }),
        db.order.findMany({ where: { decidedById: id }, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }] }),
        db.task.findMany({ where: { OR: [{ claimedById: id }, { decidedById: id }] }, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }] }),
        db.insatsLink.findMany({ where: { personId: id }, include: linkInclude, orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }] }),
        db.insatsLink.findMany({ where: { requestedById: id }, include: linkInclude, orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }] }),
        db.insatsLink.findMany({ where: { endedById: id }, include: linkInclude, orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }] }),
        db.insats.findMany({ where: { createdById: id }, orderBy: { id: 'asc' } }),
        db.insats.findMany({ where: { updatedById: id }, orderBy: { id: 'asc' } }),
        db.pubAvtal.findMany({ where: { OR: [{ registeredById: id }, { terminatedById: id }] }, orderBy: { id: 'asc' } }),
        db.emailOutbox.findMany({ where: { recipient: { equals: person.email, mode: 'insensitive' } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
        db.processingLogEntry.findMany({ where: { personId: id }, include: logInclude, ...byTime }),
        db.processingLogEntry.findMany({ where: { actorId: id }, include: logInclude, ...byTime }),
        db.processingLogEntry.findMany({ where: { onBehalfOfId: id }, include: logInclude, ...byTime }),
        db.auditEvent.findMany({ where: { actorId: id }, ...byTime }),
        db.session.findMany({ where: { personId: id }, orderBy: { expiresAt: 'asc' } }),
    ]);
    const kept = new Map();
    for (const i of created)
        kept.set(i.id, { id: i.id, name: i.name, forbundId: i.forbundId, created: true, lastUpdated: false });
    for (const i of updated)
        kept.set(i.id, { ...(kept.get(i.id) ?? { id: i.id, name: i.name, forbundId: i.forbundId, created: false }), lastUpdated: true });
    return {
        generatedAt: new Date().toISOString(),
        person: {
            id, personnummer: person.personnummer, givenName: person.givenName, familyName: person.familyName, email: person.email, phone: person.phone, protectedIdentity: person.protectedIdentity,
            employer: { id: person.employer.id, name: person.employer.name },
            manager: person.manager && { id: person.manager.id, name: (0, identity_1.displayName)(person.manager) },
        },
        reports: reports.map((r) => ({ id: r.id, name: (0, identity_1.displayName)(r) })),
        staffRoles: staffRoles.map((s) => s.role),
        roles: roles.map((r) => ({ role: r.role, forbundId: r.forbundId, forbundName: r.forbund?.name ?? null, since: r.since.toISOString(), grantedByOrderId: r.grantedByOrderId })),
        representativeFor: represents.map((r) => ({ organisationId: r.organisationId, organisationName: r.organisation.name, capacity: r.capacity })),
        mandates: mandates.map((m) => ({ id: m.id, organisationId: m.organisationId, organisationName: m.organisation.name, validFrom: m.validFrom.toISOString(), validTo: m.validTo.toISOString(), status: m.status, revokedAt: iso(m.revokedAt), revocationReason: m.revocationReason })),
        mandatesRevoked: mandatesRevoked.map((m) => ({ id: m.id, organisationId: m.organisationId, revokedAt: iso(m.revokedAt) })),
        requests: { about: about.map(requestSummary), submitted: submitted.map(requestSummary), decided: decided.map(requestSummary) },
        tasks: tasks.map((t) => ({ id: t.id, orderId: t.orderId, stage: t.stage, status: t.status, claimedAt: iso(t.claimedAt), decision: t.decision, decidedAt: iso(t.decidedAt), decidedByThem: t.decidedById === id, claimedByThem: t.claimedById === id })),
        links: { held: held.map(linkSummary), requested: requested.map(linkSummary), ended: ended.map(linkSummary) },
        insatserKept: [...kept.values()],
        pubAvtalKept: avtal.map((a) => ({ id: a.id, forbundId: a.forbundId, registered: a.registeredById === id, terminated: a.terminatedById === id })),
        emails: emails.map((e) => ({ id: e.id, createdAt: e.createdAt.toISOString(), template: e.template, subject: e.subject, status: e.status, sentAt: iso(e.sentAt) })),
        processingLog: { about: logAbout.map(processing_log_1.processingLogEntryView), by: logBy.map(processing_log_1.processingLogEntryView), onBehalfOf: logFor.map(processing_log_1.processingLogEntryView) },
        auditEvents: auditEvents.map((a) => ({ id: a.id, at: a.at.toISOString(), event: a.event, subjectType: a.subjectType, subjectId: a.subjectId, authMethod: a.authMethod })),
        sessions: sessions.map((s) => ({ expiresAt: s.expiresAt.toISOString() })),
        sources: [...exports.REGISTER_EXTRACT_SOURCES],
    };
}
//# sourceMappingURL=register-extract.js.map