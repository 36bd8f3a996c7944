/**
 * Logging in and out in a browser (docs/api.md, "Logging in"): through the identity provider
 * (OIDC, R-40) when OIDC_ISSUER is set, and the session the web UI reads.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppConfig } from '../../config';
import type { Db } from '../../data/prisma';
import { LOGIN_PAGE, type LoginRefusal } from '../../domain/login';
import { auditAuth } from '../auth/auth-audit';
import { loadCaller } from '../auth/callers';
import { LoginRefused, type OidcClient } from '../auth/oidc';
import { csrfTokenValid, liveLogin, startSession, type SessionSettings } from '../auth/sessions';
import { ZAuthSession, ZLogout } from '../schemas/login';

/** Only a page of the web UI on this site: never an open redirect to somewhere else. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/app(\/[\w\-./?=&%]*)?$/.test(value) && !value.includes('//') && !value.includes('..') ? value : '/app/';
}

/** GET /auth/session's answer: the browser's session, its CSRF token, and which logins exist. */
export function authSessionOf(request: FastifyRequest, reply: FastifyReply, config: AppConfig, sessions: SessionSettings) {
  const s = request.session;
  // A session past its maximum length is refused by every route (api/auth/identify.ts), so it is not shown as logged in either.
  const loggedIn = liveLogin(s, sessions);
  reply.header('cache-control', 'no-store');
  return {
    loggedIn,
    ...(loggedIn ? { authMethod: s.authMethod!, csrfToken: reply.generateCsrf() } : {}),
    logins: { oidc: Boolean(config.OIDC_ISSUER), devLogin: config.DEV_LOGIN },
  };
}

const refusedPage = (refusal: LoginRefusal) => `${LOGIN_PAGE}?fel=${refusal}`;

export const loginRoutes: FastifyPluginAsyncZod<{ config: AppConfig; db: Db; oidc: OidcClient | null; sessions: SessionSettings }> = async (app, { config, db, oidc, sessions }) => {
  app.get('/auth/session', {
    config: { access: 'public' },
    schema: {
      tags: ['inloggning'],
      summary: 'The browser session: who is logged in (if anyone), how, the CSRF token, and which logins exist',
      response: { 200: ZAuthSession },
    },
  }, async (request, reply) => authSessionOf(request, reply, config, sessions));

  app.post('/auth/logout', {
    config: { access: 'public' }, // an expired session may still log out; a live one needs its CSRF token
    schema: {
      tags: ['inloggning'],
      summary: 'Log out: ends the session; `redirectTo` is the identity provider\'s logout (RP-initiated) or the login page',
      response: { 200: ZLogout },
    },
  }, async (request, reply) => {
    const s = request.session;
    if (!s.personId) return { redirectTo: LOGIN_PAGE };
    if (!csrfTokenValid(app, request)) return { redirectTo: LOGIN_PAGE }; // a forged logout ends nothing
    const { personId, authMethod, idToken } = s;
    await s.destroy();
    reply.clearCookie(sessions.cookieName, { path: '/' });
    await auditAuth(db, request, { event: 'LOGOUT', personId, authMethod });
    const idpLogout = authMethod !== 'DEV_LOGIN' && oidc ? await oidc.logoutUrl(idToken) : null;
    return { redirectTo: idpLogout ?? LOGIN_PAGE };
  });

  if (!oidc) return;

  // The two addresses a browser is sent to, not called by API clients: answered with redirects
  // only (never a JSON error), so they take no schema and are left out of the OpenAPI document
  // (docs/api.md describes them).
  app.get('/auth/login', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    try {
      const { url, pending } = await oidc.startLogin(safeReturnTo((request.query as Record<string, unknown>).returnTo));
      request.session.oidcLogin = pending;
      return reply.redirect(url, 302);
    } catch (err) {
      request.log.warn({ err }, 'identity provider unavailable at login');
      return reply.redirect(refusedPage('IDP_UNAVAILABLE'), 302);
    }
  });

  app.get('/auth/callback', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => finishLogin(request, reply));

  /** Every outcome is a redirect: a page for people, never a 5xx; every refusal is audited. */
  async function finishLogin(request: FastifyRequest, reply: FastifyReply) {
    const pending = request.session.oidcLogin;
    delete request.session.oidcLogin; // one callback per login: a replayed one finds nothing
    let personId: string | null = null;
    let authMethod = null;
    try {
      const identity = await oidc!.finishLogin(new URL(request.url, oidc!.redirectUri), pending);
      authMethod = identity.loginMethod;
      const caller = await loadCaller(db, { personnummer: identity.personnummer }, identity.loginMethod, new Date());
      if (!caller) throw new LoginRefused('UNKNOWN_PERSON', 'the personnummer is not in the person register');
      personId = caller.personId;
      if (caller.roles.length === 0) throw new LoginRefused('NO_ROLE', 'the person holds no role, mandate or reports in the product');
      await startSession(request, { personId, authMethod: identity.loginMethod, idToken: identity.idToken });
      await auditAuth(db, request, { event: 'LOGIN', personId, authMethod: identity.loginMethod });
      return reply.redirect(pending!.returnTo, 302);
    } catch (err) {
      if (!(err instanceof LoginRefused)) throw err;
      if (err.refusal === 'IDP_UNAVAILABLE') request.log.warn({ err }, 'identity provider unavailable at callback');
      await auditAuth(db, request, { event: 'LOGIN_REFUSED', reason: err.refusal, detail: err.message, personId, authMethod });
      return reply.redirect(refusedPage(err.refusal), 302);
    }
  }
};
