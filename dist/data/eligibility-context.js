"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPEN_ORDER_STATUSES = void 0;
exports.loadEligibilityContext = loadEligibilityContext;
const mandate_1 = require("../domain/mandate");
const stockholm_time_1 = require("../domain/stockholm-time");
const representative_1 = require("../domain/representative");
const roles_1 = require("../domain/roles");
/** Requests that are neither granted nor refused yet (a returned one waits for the orderer). */
exports.OPEN_ORDER_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'APPROVED', 'RETURNED'];
const roleIn = (forbund, role) => (0, roles_1.isRole)(role) ? [{ forbundId: forbund?.id ?? null, forbundName: forbund?.name ?? null, role }] : [];
/**
 * Reads what the rules of a request kind need (domain/request-kinds). Shared by the API (checks
 * before anything is written) and the workflow's activity (checks again when the request is
 * processed). References that do not exist are field errors, not rule violations.
 */
async function loadEligibilityContext(db, input, now) {
    const { draft } = input;
    const [formEmployer, forbund, mandates, person, openOrders] = await Promise.all([
        // When the form names the employer, read it alongside the rest (one round trip, not two).
        draft.user ? db.organisation.findUnique({ where: { id: draft.user.employerId } }) : null,
        draft.forbundId ? db.forbund.findUnique({ where: { id: draft.forbundId }, include: { members: true } }) : null,
        db.bestallareMandate.findMany({ where: { personId: input.ordererId } }),
        db.person.findUnique({ where: { personnummer: draft.personnummer }, include: { userRoles: { include: { forbund: true } } } }),
        db.order.findMany({
            where: {
                personnummer: draft.personnummer,
                status: { in: [...exports.OPEN_ORDER_STATUSES] },
                ...(input.orderId ? { id: { not: input.orderId } } : {}),
                ...(input.nonGrantKinds?.length ? { kind: { notIn: [...input.nonGrantKinds] } } : {}),
            },
            include: { forbund: true },
        }),
    ]);
    const employerId = draft.user?.employerId ?? person?.employerId;
    if (!employerId)
        return { ok: false, unregistered: true };
    const employer = draft.user ? formEmployer : await db.organisation.findUnique({ where: { id: employerId } });
    const errors = [];
    if (draft.forbundId && !forbund)
        errors.push({ path: 'forbundId', message: 'Det finns inget samordningsförbund med det id:t.' });
    if (!employer)
        errors.push({ path: 'user.employerId', message: 'Det finns ingen organisation med det id:t.' });
    if (errors.length > 0 || !employer)
        return { ok: false, errors };
    const inOrderingOrganisation = !person || person.employerId === employerId;
    const pending = (orders) => orders.flatMap((o) => roleIn(o.forbund, o.role));
    const ctx = {
        now,
        bestallare: {
            personId: input.ordererId,
            mandates: mandates.map((m) => ({ organisationId: m.organisationId, validFrom: m.validFrom, validTo: m.validTo, status: m.status })),
        },
        ordererIsChef: person !== null && person.managerId === input.ordererId,
        user: {
            personnummer: draft.personnummer,
            // what the form says, or what we already know about the person.
            protectedIdentity: draft.protectedIdentity || Boolean(person?.protectedIdentity),
            employer: { id: employer.id, name: employer.name, type: employer.type },
        },
        forbund: forbund
            ? { id: forbund.id, name: forbund.name, organisationId: forbund.organisationId, memberOrganisationIds: forbund.members.map((m) => m.organisationId) }
            : null,
        role: draft.role,
        heldRoles: (person?.userRoles ?? []).flatMap((r) => roleIn(r.forbund, r.role)),
        pendingRoles: pending(openOrders),
    };
    if (draft.mandateLastDay !== undefined)
        ctx.mandate = await loadMandateContext(db, input, employer.id, person?.id ?? null);
    const visibleCtx = {
        ...ctx,
        user: { ...ctx.user, protectedIdentity: draft.protectedIdentity || (inOrderingOrganisation && Boolean(person?.protectedIdentity)) },
        heldRoles: inOrderingOrganisation ? ctx.heldRoles : [],
        pendingRoles: pending(openOrders.filter((o) => o.employerId === employerId)),
    };
    const subject = person
        ? { id: person.id, givenName: person.givenName, familyName: person.familyName, email: person.email, phone: person.phone, employerId: person.employerId, managerId: person.managerId }
        : null;
    return { ok: true, ctx, visibleCtx, subject };
}
/**
 * what registering or renewing a beställare is judged by — the orderer's
 * representations, and the person's mandates at their employer (newest first).
 */
async function loadMandateContext(db, input, employerId, subjectId) {
    const lastDay = (0, stockholm_time_1.parseCivilDate)(input.draft.mandateLastDay);
    if (!lastDay)
        throw new Error(`Not a date: ${input.draft.mandateLastDay}`); // the form's schema checked it
    const [represents, mandates] = await Promise.all([
        db.partRepresentative.findMany({ where: { personId: input.ordererId } }),
        subjectId ? db.bestallareMandate.findMany({ where: { personId: subjectId, organisationId: employerId }, orderBy: { validFrom: 'desc' } }) : [],
    ]);
    const current = mandates.find((m) => m.status !== 'REVOKED') ?? null;
    return {
        requestedValidTo: (0, mandate_1.mandateEndAfter)(lastDay),
        ordererRepresents: represents.flatMap((r) => ((0, representative_1.isRepresentativeCapacity)(r.capacity) ? [{ organisationId: r.organisationId, capacity: r.capacity }] : [])),
        ordererIsSubject: subjectId === input.ordererId,
        current: current && { id: current.id, status: current.status, validFrom: current.validFrom, validTo: current.validTo },
        lastRevoked: !current && mandates[0]?.status === 'REVOKED',
    };
}
//# sourceMappingURL=eligibility-context.js.map