"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loginRoutes = void 0;
exports.safeReturnTo = safeReturnTo;
exports.authSessionOf = authSessionOf;
const login_1 = require("../../domain/login");
const auth_audit_1 = require("../auth/auth-audit");
const callers_1 = require("../auth/callers");
const oidc_1 = require("../auth/oidc");
const sessions_1 = require("../auth/sessions");
const login_2 = require("../schemas/login");
/** Only a page of the web UI on this site: never an open redirect to somewhere else. */
function safeReturnTo(value) {
    return typeof value === 'string' && /^\/app(\/[\w\-./?=&%]*)?$/.test(value) && !value.includes('//') && !value.includes('..') ? value : '/app/';
}
/** GET /auth/session's answer: the browser's session, its CSRF token, and which logins exist. */
function authSessionOf(request, reply, config, sessions) {
    const s = request.session;
    // A session past its maximum length is refused by every route (api/auth/identify.ts), so it is not shown as logged in either.
    const loggedIn = (0, sessions_1.liveLogin)(s, sessions);
    reply.header('cache-control', 'no-store');
    return {
        loggedIn,
        ...(loggedIn ? { authMethod: s.authMethod, csrfToken: reply.generateCsrf() } : {}),
        logins: { oidc: Boolean(config.OIDC_ISSUER), devLogin: config.DEV_LOGIN },
    };
}
const refusedPage = (refusal) => `${login_1.LOGIN_PAGE}?fel=${refusal}`;
const loginRoutes = async (app, { config, db, oidc, sessions }) => {
    app.get('/auth/session', {
        config: { access: 'public' },
        schema: {
            tags: ['inloggning'],
            summary: 'The browser session: who is logged in (if anyone), how, the CSRF token, and which logins exist',
            response: { 200: login_2.ZAuthSession },
        },
    }, async (request, reply) => authSessionOf(request, reply, config, sessions));
    app.post('/auth/logout', {
        config: { access: 'public' }, // an expired session may still log out; a live one needs its CSRF token
        schema: {
            tags: ['inloggning'],
            summary: 'Log out: ends the session; `redirectTo` is the identity provider\'s logout (RP-initiated) or the login page',
            response: { 200: login_2.ZLogout },
        },
    }, async (request, reply) => {
        const s = request.session;
        if (!s.personId)
            return { redirectTo: login_1.LOGIN_PAGE };
        if (!(0, sessions_1.csrfTokenValid)(app, request))
            return { redirectTo: login_1.LOGIN_PAGE }; // a forged logout ends nothing
        const { personId, authMethod, idToken } = s;
        await s.destroy();
        reply.clearCookie(sessions.cookieName, { path: '/' });
        await (0, auth_audit_1.auditAuth)(db, request, { event: 'LOGOUT', personId, authMethod });
        const idpLogout = authMethod !== 'DEV_LOGIN' && oidc ? await oidc.logoutUrl(idToken) : null;
        return { redirectTo: idpLogout ?? login_1.LOGIN_PAGE };
    });
    if (!oidc)
        return;
    // The two addresses a browser is sent to, not called by API clients: answered with redirects
    // only (never a JSON error), so they take no schema and are left out of the OpenAPI document
    // (docs/api.md describes them).
    app.get('/auth/login', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
        try {
            const { url, pending } = await oidc.startLogin(safeReturnTo(request.query.returnTo));
            request.session.oidcLogin = pending;
            return reply.redirect(url, 302);
        }
        catch (err) {
            request.log.warn({ err }, 'identity provider unavailable at login');
            return reply.redirect(refusedPage('IDP_UNAVAILABLE'), 302);
        }
    });
    app.get('/auth/callback', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => finishLogin(request, reply));
    /** Every outcome is a redirect: a page for people, never a 5xx; every refusal is audited. */
    async function finishLogin(request, reply) {
        const pending = request.session.oidcLogin;
        delete request.session.oidcLogin; // one callback per login: a replayed one finds nothing
        let personId = null;
        let authMethod = null;
        try {
            const identity = await oidc.finishLogin(new URL(request.url, oidc.redirectUri), pending);
            authMethod = identity.loginMethod;
            const caller = await (0, callers_1.loadCaller)(db, { personnummer: identity.personnummer }, identity.loginMethod, new Date());
            if (!caller)
                throw new oidc_1.LoginRefused('UNKNOWN_PERSON', 'the personnummer is not in the person register');
            personId = caller.personId;
            if (caller.roles.length === 0)
                throw new oidc_1.LoginRefused('NO_ROLE', 'the person holds no role, mandate or reports in the product');
            await (0, sessions_1.startSession)(request, { personId, authMethod: identity.loginMethod, idToken: identity.idToken });
            await (0, auth_audit_1.auditAuth)(db, request, { event: 'LOGIN', personId, authMethod: identity.loginMethod });
            return reply.redirect(pending.returnTo, 302);
        }
        catch (err) {
            if (!(err instanceof oidc_1.LoginRefused))
                throw err;
            if (err.refusal === 'IDP_UNAVAILABLE')
                request.log.warn({ err }, 'identity provider unavailable at callback');
            await (0, auth_audit_1.auditAuth)(db, request, { event: 'LOGIN_REFUSED', reason: err.refusal, detail: err.message, personId, authMethod });
            return reply.redirect(refusedPage(err.refusal), 302);
        }
    }
};
exports.loginRoutes = loginRoutes;
//# sourceMappingURL=login.js.map