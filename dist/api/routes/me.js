"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meRoutes = void 0;
const plugin_1 = require("../auth/plugin");
const reference_1 = require("../schemas/reference");
/** Who the caller is, for the web UI's menus and forms: read from the register, never the token. */
const meRoutes = async (app, { db }) => {
    app.get('/me', {
        config: { access: 'authenticated' },
        schema: { tags: ['inloggning'], summary: 'The caller: name, roles today, organisation, beställare mandates and (for chefs) direct reports', response: { 200: reference_1.ZMe } },
    }, async (request) => {
        const caller = (0, plugin_1.callerOf)(request);
        const reports = await db.person.findMany({
            where: { managerId: caller.personId },
            orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }],
            select: { id: true, givenName: true, familyName: true, personnummer: true, employerId: true },
        });
        return {
            personId: caller.personId,
            name: caller.name,
            roles: caller.roles,
            organisationId: caller.organisationId,
            bestallareFor: caller.bestallareFor,
            mandateLapsed: caller.mandateLapsed,
            representativeFor: caller.representativeFor,
            reports: reports.map((p) => ({ personId: p.id, name: `${p.givenName} ${p.familyName}`, personnummer: p.personnummer, organisationId: p.employerId })),
            forbundRoles: caller.forbundRoles,
        };
    });
};
exports.meRoutes = meRoutes;
//# sourceMappingURL=me.js.map