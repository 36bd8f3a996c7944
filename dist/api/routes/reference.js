"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referenceRoutes = void 0;
const zod_1 = require("zod");
const roles_1 = require("../../domain/roles");
const cursor_1 = require("../services/cursor");
const errors_1 = require("../errors");
const common_1 = require("../schemas/common");
const request_kinds_1 = require("../../domain/request-kinds");
const reference_1 = require("../schemas/reference");
const referenceRoutes = async (app, { db }) => {
    app.get('/organisations', { config: { access: 'authenticated' }, schema: { tags: ['referensdata'], response: { 200: zod_1.z.array(reference_1.ZOrganisation) } } }, async () => db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, type: true, organisationNumber: true } }));
    app.get('/forbund', { config: { access: 'authenticated' }, schema: { tags: ['referensdata'], response: { 200: zod_1.z.array(reference_1.ZForbund) } } }, async () => {
        const all = await db.forbund.findMany({ orderBy: { name: 'asc' }, include: { members: { orderBy: { organisationId: 'asc' } } } });
        return all.map((f) => ({ id: f.id, name: f.name, organisationId: f.organisationId, memberOrganisationIds: f.members.map((m) => m.organisationId) }));
    });
    app.get('/roles', {
        config: { access: 'authenticated' },
        schema: { tags: ['referensdata'], summary: 'The role catalogs (Finsam and SUS): label, scope and what the role may do', response: { 200: zod_1.z.array(reference_1.ZRoleInfo) } },
    }, async () => roles_1.ROLES.map((id) => ({ id, ...roles_1.ROLE_DEFINITIONS[id] })));
    app.get('/request-kinds', {
        config: { access: 'authenticated' },
        schema: { tags: ['referensdata'], summary: 'The request kinds of the catalog: label, who orders, rules and stages', response: { 200: zod_1.z.array(reference_1.ZRequestKindInfo) } },
    }, async () => Object.values(request_kinds_1.REQUEST_KINDS).map((k) => ({
        id: k.kind,
        label: k.label,
        orderedBy: [...k.orderedBy],
        effect: k.effect,
        ruleIds: [...k.ruleIds],
        stages: k.stages.map((s) => ({ id: s.id, label: s.label, actorRole: s.actorRole, decisions: [...s.decisions] })),
    })));
    // everyone may see which users a förbund has and their roles ("Visa användare").
    app.get('/forbund/:id/users', {
        config: { access: 'authenticated' },
        schema: {
            tags: ['referensdata'],
            summary: 'Visa användare (R-54): who holds which role in the förbund, by name',
            description: `Pages with cursors: when more users follow, the response has the header \`${cursor_1.NEXT_CURSOR_HEADER}\`; pass its value as \`cursor\`.`,
            params: common_1.ZIdParams,
            querystring: zod_1.z.object({
                cursor: zod_1.z.string().optional(),
                limit: zod_1.z.coerce.number({ error: 'limit ska vara ett heltal 1–1000.' }).int().min(1, 'limit ska vara minst 1.').max(1000, 'limit får vara högst 1000.').default(1000),
            }),
            response: { 200: zod_1.z.array(reference_1.ZForbundUser), ...(0, common_1.errorResponses)(404) },
        },
    }, async (request, reply) => {
        const forbund = await db.forbund.findUnique({ where: { id: request.params.id } });
        if (!forbund)
            throw (0, errors_1.notFound)('Förbundet finns inte.');
        const { cursor, limit } = request.query;
        const after = cursor ? nameCursor(cursor) : null;
        const roles = await db.userRole.findMany({
            where: {
                forbundId: forbund.id,
                ...(after
                    ? {
                        OR: [
                            { person: { familyName: { gt: after.familyName } } },
                            { person: { familyName: after.familyName, givenName: { gt: after.givenName } } },
                            { person: { familyName: after.familyName, givenName: after.givenName }, id: { gt: after.id } },
                        ],
                    }
                    : {}),
            },
            include: { person: true },
            orderBy: [{ person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }, { id: 'asc' }],
            take: limit + 1,
        });
        const page = (0, cursor_1.pageOf)(roles, limit, (r) => JSON.stringify([r.person.familyName, r.person.givenName]));
        if (page.nextCursor)
            reply.header(cursor_1.NEXT_CURSOR_HEADER, page.nextCursor);
        return page.items.flatMap((r) => ((0, roles_1.isRole)(r.role) ? [{ personId: r.personId, name: `${r.person.givenName} ${r.person.familyName}`, role: r.role, since: r.since.toISOString() }] : []));
    });
};
exports.referenceRoutes = referenceRoutes;
/** The (family name, given name, id) a "Visa användare" cursor points after. */
function nameCursor(cursor) {
    const { key, id } = (0, cursor_1.decodeCursor)(cursor);
    try {
        const [familyName, givenName] = JSON.parse(String(key));
        if (typeof familyName === 'string' && typeof givenName === 'string')
            return { familyName, givenName, id };
    }
    catch {
        // falls through to the refusal below
    }
    throw (0, cursor_1.badCursor)();
}
//# sourceMappingURL=reference.js.map