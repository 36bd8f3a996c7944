"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.sessionSettings = sessionSettings;
exports.registerSessions = registerSessions;
exports.startSession = startSession;
exports.liveLogin = liveLogin;
exports.touchSession = touchSession;
exports.csrfTokenValid = csrfTokenValid;
/**
 * Browser sessions: @fastify/cookie, @fastify/session (kept server-side, api/auth/session-store.ts)
 * and @fastify/csrf-protection. The cookie is HttpOnly and SameSite=Lax (the identity provider's
 * redirect back is a top-level GET, which Strict would strip of it), and Secure with the __Host-
 * prefix when PUBLIC_URL is https. It is signed with AUTH_SECRET (AUTH_PREVIOUS_SECRETS still
 * verify during a rotation), and the session id is new at every login.
 */
const cookie_1 = __importDefault(require("@fastify/cookie"));
const csrf_protection_1 = __importDefault(require("@fastify/csrf-protection"));
const session_1 = __importDefault(require("@fastify/session"));
const config_1 = require("../../config");
const session_store_1 = require("./session-store");
/** The idle timeout is pushed back at most this often (each push is a write). */
const TOUCH_EVERY_MS = 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;
function sessionSettings(config) {
    const secure = (0, config_1.servedOverHttps)(config);
    return {
        secure,
        cookieName: secure ? '__Host-behorighet-session' : 'behorighet-session',
        idleMs: config.SESSION_IDLE_MINUTES * 60 * 1000,
        maxMs: config.SESSION_MAX_HOURS * 60 * 60 * 1000,
    };
}
async function registerSessions(app, settings, db, keys) {
    const store = (0, session_store_1.prismaSessionStore)(db, settings.idleMs);
    // Expired rows are never used (the store checks), and are swept away once an hour.
    const sweeper = setInterval(() => {
        store.deleteExpired().catch((err) => app.log.warn({ err }, 'sweeping expired sessions failed'));
    }, SWEEP_EVERY_MS).unref();
    app.addHook('onClose', async () => clearInterval(sweeper));
    await app.register(cookie_1.default, { secret: keys.cookieSecrets });
    await app.register(session_1.default, {
        secret: keys.cookieSecrets,
        cookieName: settings.cookieName,
        cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: settings.secure, maxAge: settings.idleMs },
        store,
        saveUninitialized: false, // a row only once there is something to keep: a login under way, or done
        rolling: false, // the idle timeout moves when the session is touched (touchSession), not on every request
    });
    await app.register(csrf_protection_1.default, { sessionPlugin: '@fastify/session' });
}
/** A new session for a person who has just proved who they are: a new id (no fixation), the old one gone. */
async function startSession(request, who) {
    await request.session.regenerate();
    const now = Date.now();
    Object.assign(request.session, { personId: who.personId, authMethod: who.authMethod, idToken: who.idToken, loggedInAt: now, seenAt: now });
}
/** True while the session holds a login that is within its maximum length (SESSION_MAX_HOURS). */
function liveLogin(session, settings, now = Date.now()) {
    return Boolean(session.personId && session.authMethod) && now - (session.loggedInAt ?? 0) <= settings.maxMs;
}
/** Pushes the idle timeout back (at most once a minute: the store is written when the session changes). */
function touchSession(request, now = Date.now()) {
    if (now - (request.session.seenAt ?? 0) >= TOUCH_EVERY_MS)
        request.session.seenAt = now;
}
/** @fastify/csrf-protection's check of the x-csrf-token header against the session's secret, as a boolean. */
function csrfTokenValid(app, request) {
    let valid = false;
    // csrfProtection answers a failure itself through reply.send; this reply only notes that it did.
    const noting = { send: () => undefined };
    app.csrfProtection(request, noting, () => {
        valid = true;
    });
    return valid;
}
//# sourceMappingURL=sessions.js.map