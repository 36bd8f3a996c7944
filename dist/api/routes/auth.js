"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.devAuthRoutes = void 0;
const zod_1 = require("zod");
const auth_audit_1 = require("../auth/auth-audit");
const callers_1 = require("../auth/callers");
const sessions_1 = require("../auth/sessions");
const token_1 = require("../auth/token");
const errors_1 = require("../errors");
const common_1 = require("../schemas/common");
const login_1 = require("../schemas/login");
const login_2 = require("./login");
const reference_1 = require("../schemas/reference");
/** The clearly marked development login (docs/api.md): only registered when DEV_LOGIN is on. */
const devAuthRoutes = async (app, { db, keys, config, sessions }) => {
    app.get('/auth/dev/personas', {
        config: { access: 'public' },
        schema: { tags: ['utvecklingsinloggning'], summary: 'Seeded personas (development only)', response: { 200: zod_1.z.array(reference_1.ZPersona) } },
    }, async () => (await (0, callers_1.listPersonas)(db, new Date())).map((p) => ({ id: p.personId, name: p.name, roles: p.roles, organisationId: p.organisationId })));
    const ZPersonaChoice = zod_1.z.strictObject({ personaId: zod_1.z.string({ error: 'Ange personaId.' }).min(1, 'Ange personaId.') });
    async function persona(personaId) {
        const found = (await (0, callers_1.listPersonas)(db, new Date())).find((p) => p.personId === personaId);
        if (!found)
            throw new errors_1.AppError('UNKNOWN_PERSONA', 'Det finns ingen sådan persona. Se GET /auth/dev/personas.');
        return found;
    }
    app.post('/auth/dev/login', {
        config: { access: 'public' },
        schema: {
            tags: ['utvecklingsinloggning'],
            summary: 'Log in as a persona (development only)',
            body: ZPersonaChoice,
            response: { 200: reference_1.ZToken, ...(0, common_1.errorResponses)(404) },
        },
    }, async (request) => {
        const { personId } = await persona(request.body.personaId);
        await (0, auth_audit_1.auditAuth)(db, request, { event: 'LOGIN', personId, authMethod: 'DEV_LOGIN' });
        return { token: await (0, token_1.issueToken)(personId, keys) };
    });
    app.post('/auth/dev/session', {
        config: { access: 'public' },
        schema: {
            tags: ['utvecklingsinloggning'],
            summary: 'Log in as a persona with a browser session cookie (development only): the session, as GET /auth/session',
            body: ZPersonaChoice,
            response: { 200: login_1.ZAuthSession, ...(0, common_1.errorResponses)(404) },
        },
    }, async (request, reply) => {
        const { personId } = await persona(request.body.personaId);
        await (0, sessions_1.startSession)(request, { personId, authMethod: 'DEV_LOGIN' });
        await (0, auth_audit_1.auditAuth)(db, request, { event: 'LOGIN', personId, authMethod: 'DEV_LOGIN' });
        return (0, login_2.authSessionOf)(request, reply, config, sessions);
    });
};
exports.devAuthRoutes = devAuthRoutes;
//# sourceMappingURL=auth.js.map