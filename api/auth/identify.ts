/**
 * Who is calling, from a bearer token (API clients) or the session cookie (browsers). A bad
 * token, a tampered cookie or a missing CSRF token is refused and written to the audit trail.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeProtectedHeader } from 'jose';
import type { Db } from '../../data/prisma';
import type { AuthMethod } from '../../domain/login';
import { AppError, csrfRefused, sessionExpired, unauthorized } from '../errors';
import { auditAuth } from './auth-audit';
import type { TokenKeys } from './keys';
import { LoginRefused, type OidcClient } from './oidc';
import { csrfTokenValid, liveLogin, touchSession, type SessionSettings } from './sessions';
import { verifyToken } from './token';

export interface Identity {
  personId: string;
  authMethod: AuthMethod;
}

export interface IdentifyDeps {
  app: FastifyInstance;
  db: Db;
  keys: TokenKeys;
  devLogin: boolean;
  oidc: OidcClient | null;
  sessions: SessionSettings;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createIdentify(deps: IdentifyDeps) {
  const { app, db, keys, oidc, sessions } = deps;

  async function refuse(request: FastifyRequest, reason: string, detail: string, error: AppError = unauthorized()): Promise<never> {
    await auditAuth(db, request, { event: 'AUTH_REFUSED', reason, detail });
    throw error;
  }

  /**
   * A bearer token: the development login's (HS256, only while DEV_LOGIN is on), or an access
   * token from the identity provider for this API, naming a person in the register.
   */
  async function fromBearer(request: FastifyRequest, header: string): Promise<Identity> {
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      return refuse(request, 'MALFORMED_TOKEN', 'the Authorization header holds no JWT bearer token');
    }
    if (alg === 'HS256') {
      const personId = deps.devLogin ? await verifyToken(token, keys) : null;
      if (!personId) return refuse(request, 'INVALID_TOKEN', 'development token not valid (signature, issuer, audience, expiry) or development login off');
      return { personId, authMethod: 'DEV_LOGIN' };
    }
    if (!oidc) return refuse(request, 'INVALID_TOKEN', `a ${alg} token, and no identity provider is configured`);
    try {
      const { personnummer, loginMethod } = await oidc.verifyAccessToken(token);
      const person = await db.person.findUnique({ where: { personnummer }, select: { id: true } });
      if (!person) return await refuse(request, 'UNKNOWN_PERSON', 'the access token names a personnummer that is not in the register');
      return { personId: person.id, authMethod: loginMethod };
    } catch (err) {
      if (err instanceof LoginRefused) return refuse(request, 'INVALID_TOKEN', err.message);
      throw err;
    }
  }

  /** The session cookie: a live session, within its maximum length, with the CSRF token on anything that changes state. */
  async function fromSession(request: FastifyRequest): Promise<Identity> {
    const session = request.session;
    if (session.personId && session.authMethod) {
      if (!liveLogin(session, sessions)) {
        await session.destroy();
        throw sessionExpired();
      }
      if (!SAFE_METHODS.has(request.method) && !csrfTokenValid(app, request)) {
        await refuse(request, 'CSRF_TOKEN_INVALID', `${request.method} with a session cookie and no valid x-csrf-token header`, csrfRefused());
      }
      touchSession(request);
      return { personId: session.personId, authMethod: session.authMethod };
    }
    const cookie = request.cookies[sessions.cookieName];
    if (!cookie) throw unauthorized();
    if (!request.unsignCookie(cookie).valid) return refuse(request, 'TAMPERED_COOKIE', 'the session cookie\'s signature does not verify');
    throw sessionExpired(); // a genuine cookie whose session has ended (idle, logged out)
  }

  return async function identify(request: FastifyRequest): Promise<Identity> {
    const header = request.headers.authorization;
    return header !== undefined ? fromBearer(request, header) : fromSession(request);
  };
}
