"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createIdentify = createIdentify;
const jose_1 = require("jose");
const errors_1 = require("../errors");
const auth_audit_1 = require("./auth-audit");
const oidc_1 = require("./oidc");
const sessions_1 = require("./sessions");
const token_1 = require("./token");
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
function createIdentify(deps) {
    const { app, db, keys, oidc, sessions } = deps;
    async function refuse(request, reason, detail, error = (0, errors_1.unauthorized)()) {
        await (0, auth_audit_1.auditAuth)(db, request, { event: 'AUTH_REFUSED', reason, detail });
        throw error;
    }
    /**
     * A bearer token: the development login's (HS256, only while DEV_LOGIN is on), or an access
     * token from the identity provider for this API, naming a person in the register.
     */
    async function fromBearer(request, header) {
        const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
        let alg;
        try {
            alg = (0, jose_1.decodeProtectedHeader)(token).alg;
        }
        catch {
            return refuse(request, 'MALFORMED_TOKEN', 'the Authorization header holds no JWT bearer token');
        }
        if (alg === 'HS256') {
            const personId = deps.devLogin ? await (0, token_1.verifyToken)(token, keys) : null;
            if (!personId)
                return refuse(request, 'INVALID_TOKEN', 'development token not valid (signature, issuer, audience, expiry) or development login off');
            return { personId, authMethod: 'DEV_LOGIN' };
        }
        if (!oidc)
            return refuse(request, 'INVALID_TOKEN', `a ${alg} token, and no identity provider is configured`);
        try {
            const { personnummer, loginMethod } = await oidc.verifyAccessToken(token);
            const person = await db.person.findUnique({ where: { personnummer }, select: { id: true } });
            if (!person)
                return await refuse(request, 'UNKNOWN_PERSON', 'the access token names a personnummer that is not in the register');
            return { personId: person.id, authMethod: loginMethod };
        }
        catch (err) {
            if (err instanceof oidc_1.LoginRefused)
                return refuse(request, 'INVALID_TOKEN', err.message);
            throw err;
        }
    }
    /** The session cookie: a live session, within its maximum length, with the CSRF token on anything that changes state. */
    async function fromSession(request) {
        const session = request.session;
        if (session.personId && session.authMethod) {
            if (!(0, sessions_1.liveLogin)(session, sessions)) {
                await session.destroy();
                throw (0, errors_1.sessionExpired)();
            }
            if (!SAFE_METHODS.has(request.method) && !(0, sessions_1.csrfTokenValid)(app, request)) {
                await refuse(request, 'CSRF_TOKEN_INVALID', `${request.method} with a session cookie and no valid x-csrf-token header`, (0, errors_1.csrfRefused)());
            }
            (0, sessions_1.touchSession)(request);
            return { personId: session.personId, authMethod: session.authMethod };
        }
        const cookie = request.cookies[sessions.cookieName];
        if (!cookie)
            throw (0, errors_1.unauthorized)();
        if (!request.unsignCookie(cookie).valid)
            return refuse(request, 'TAMPERED_COOKIE', 'the session cookie\'s signature does not verify');
        throw (0, errors_1.sessionExpired)(); // a genuine cookie whose session has ended (idle, logged out)
    }
    return async function identify(request) {
        const header = request.headers.authorization;
        return header !== undefined ? fromBearer(request, header) : fromSession(request);
    };
}
//# sourceMappingURL=identify.js.map