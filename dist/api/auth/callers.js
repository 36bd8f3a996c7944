"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadCaller = loadCaller;
exports.listPersonas = listPersonas;
const mandate_1 = require("../../domain/mandate");
const roles_1 = require("../../domain/roles");
const include = { mandates: true, represents: true, staffRoles: true, userRoles: true, reports: { select: { id: true }, take: 1 } };
/** The caller's live rights: valid mandates, BA staff, granted user roles. */
function toCaller(p, now, authMethod) {
    const validMandates = p.mandates.filter((m) => (0, mandate_1.mandateStatus)(m, now) === 'VALID');
    const roles = new Set();
    if (validMandates.length > 0)
        roles.add('BESTALLARE');
    if (p.reports.length > 0)
        roles.add('CHEF');
    if (p.represents.length > 0)
        roles.add('REPRESENTATIVE');
    for (const s of p.staffRoles)
        roles.add(s.role);
    for (const r of p.userRoles)
        if ((0, roles_1.isRole)(r.role))
            roles.add(r.role);
    return {
        personId: p.id,
        personnummer: p.personnummer,
        name: `${p.givenName} ${p.familyName}`,
        roles: [...roles],
        organisationId: p.employerId,
        bestallareFor: [...new Set(validMandates.map((m) => m.organisationId))],
        mandateLapsed: validMandates.length === 0 && p.mandates.some((m) => ['EXPIRED', 'REVOKED'].includes((0, mandate_1.mandateStatus)(m, now))),
        representativeFor: p.represents.map((r) => r.organisationId),
        forbundRoles: p.userRoles.flatMap((r) => (r.forbundId && (0, roles_1.isRole)(r.role) ? [{ forbundId: r.forbundId, role: r.role }] : [])),
        authMethod,
    };
}
async function loadCaller(db, who, authMethod, now) {
    const where = 'personId' in who ? { id: who.personId } : { personnummer: who.personnummer };
    const person = await db.person.findUnique({ relationLoadStrategy: 'join', where, include });
    return person ? toCaller(person, now, authMethod) : null;
}
/**
 * Development login personas: every seeded person with something to do here — beställare
 * (even with a lapsed mandate, so that refusal can be tried), authorised representatives, BA
 * staff and users.
 */
async function listPersonas(db, now) {
    const people = await db.person.findMany({
        where: { OR: [{ mandates: { some: {} } }, { represents: { some: {} } }, { staffRoles: { some: {} } }, { userRoles: { some: {} } }, { reports: { some: {} } }] },
        include,
        orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }],
    });
    return people.map((p) => toCaller(p, now, 'DEV_LOGIN'));
}
//# sourceMappingURL=callers.js.map