/**
 * A register extract (GDPR art. 15): everything the service holds about one person, for BA to
 * hand over. REGISTER_EXTRACT_SOURCES names every table and column searched; a test derives the
 * columns that refer to a person from prisma/schema.prisma and fails when one is not searched.
 */
import { randomUUID } from 'node:crypto';
import { audit } from '../../data/audit';
import type { Db, Prisma } from '../../data/prisma';
import { personSubject } from '../../data/subject';
import type { LinkEndReason } from '../../domain/insats-link';
import type { TPersonLookup } from '../../forms/person-lookup';
import type { Caller } from '../auth/roles';
import { notFound } from '../errors';
import { processingLogEntryView } from './processing-log';
import { displayName } from '../../domain/identity';

/** `Model.column` for each place the person is referred to. */
export const REGISTER_EXTRACT_SOURCES = [
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
] as const;

const iso = (d: Date | null) => d?.toISOString() ?? null;
const requestSummary = (o: Prisma.OrderGetPayload<object>) => ({ id: o.id, kind: o.kind, status: o.status, role: o.role, forbundId: o.forbundId, submittedAt: o.submittedAt.toISOString(), decision: o.decision, decidedAt: iso(o.decidedAt) });
const linkInclude = { insats: true } satisfies Prisma.InsatsLinkInclude;
const linkSummary = (l: Prisma.InsatsLinkGetPayload<{ include: typeof linkInclude }>) => ({
  id: l.id, insatsId: l.insatsId, insatsName: l.insats.name, forbundId: l.forbundId, status: l.status, requestedAt: l.requestedAt.toISOString(), linkedAt: iso(l.linkedAt), endedAt: iso(l.endedAt),
  endReason: l.endReason as LinkEndReason | null, pubAvtalId: l.pubAvtalId,
});
const logInclude = { person: true, actor: true, onBehalfOf: true, insats: true } satisfies Prisma.ProcessingLogEntryInclude;
const byTime = { orderBy: [{ at: 'asc' as const }, { id: 'asc' as const }] };

/** BA finds the person by personnummer (sent in a body, never in an address that is logged). */
export async function findPersonByPersonnummer(db: Db, body: TPersonLookup) {
  const person = await db.person.findUnique({ where: { personnummer: body.personnummer }, include: { employer: true } });
  if (!person) throw notFound('Det finns ingen person med det personnumret i registret.');
  return { id: person.id, name: displayName(person), employerName: person.employer.name };
}

/** The extract; that BA took it is itself recorded (who, when, about whom). */
export async function registerExtract(db: Db, caller: Caller, personId: string) {
  const person = await db.person.findUnique({ where: { id: personId }, include: { employer: true, manager: true } });
  if (!person) throw notFound('Personen finns inte i registret.');
  const id = person.id;
  await db.$transaction((tx) => audit(tx, { key: `register-extract:${randomUUID()}`, event: 'REGISTER_EXTRACT_TAKEN', subject: personSubject(id), actorId: caller.personId, authMethod: caller.authMethod }));
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
  const kept = new Map<string, { id: string; name: string; forbundId: string; created: boolean; lastUpdated: boolean }>();
  for (const i of created) kept.set(i.id, { id: i.id, name: i.name, forbundId: i.forbundId, created: true, lastUpdated: false });
  for (const i of updated) kept.set(i.id, { ...(kept.get(i.id) ?? { id: i.id, name: i.name, forbundId: i.forbundId, created: false }), lastUpdated: true });

  return {
    generatedAt: new Date().toISOString(),
    person: {
      id, personnummer: person.personnummer, givenName: person.givenName, familyName: person.familyName, email: person.email, phone: person.phone, protectedIdentity: person.protectedIdentity,
      employer: { id: person.employer.id, name: person.employer.name },
      manager: person.manager && { id: person.manager.id, name: displayName(person.manager) },
    },
    reports: reports.map((r) => ({ id: r.id, name: displayName(r) })),
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
    processingLog: { about: logAbout.map(processingLogEntryView), by: logBy.map(processingLogEntryView), onBehalfOf: logFor.map(processingLogEntryView) },
    auditEvents: auditEvents.map((a) => ({ id: a.id, at: a.at.toISOString(), event: a.event, subjectType: a.subjectType, subjectId: a.subjectId, authMethod: a.authMethod })),
    sessions: sessions.map((s) => ({ expiresAt: s.expiresAt.toISOString() })),
    sources: [...REGISTER_EXTRACT_SOURCES],
  };
}
