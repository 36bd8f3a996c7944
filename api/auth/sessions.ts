/**
 * Browser sessions: @fastify/cookie, @fastify/session (kept server-side, api/auth/session-store.ts)
 * and @fastify/csrf-protection. The cookie is HttpOnly and SameSite=Lax (the identity provider's
 * redirect back is a top-level GET, which Strict would strip of it), and Secure with the __Host-
 * prefix when PUBLIC_URL is https. It is signed with AUTH_SECRET (AUTH_PREVIOUS_SECRETS still
 * verify during a rotation), and the session id is new at every login.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifySession from '@fastify/session';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { servedOverHttps, type AppConfig } from '../../config';
import type { Db } from '../../data/prisma';
import type { AuthMethod } from '../../domain/login';
import type { TokenKeys } from './keys';
import { prismaSessionStore } from './session-store';

/** The idle timeout is pushed back at most this often (each push is a write). */
const TOUCH_EVERY_MS = 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export interface SessionSettings {
  /** Over https: Secure, and the __Host- prefix (this host only, path /). */
  secure: boolean;
  cookieName: string;
  idleMs: number;
  maxMs: number;
}

export function sessionSettings(config: AppConfig): SessionSettings {
  const secure = servedOverHttps(config);
  return {
    secure,
    cookieName: secure ? '__Host-behorighet-session' : 'behorighet-session',
    idleMs: config.SESSION_IDLE_MINUTES * 60 * 1000,
    maxMs: config.SESSION_MAX_HOURS * 60 * 60 * 1000,
  };
}

export async function registerSessions(app: FastifyInstance, settings: SessionSettings, db: Db, keys: TokenKeys): Promise<void> {
  const store = prismaSessionStore(db, settings.idleMs);
  // Expired rows are never used (the store checks), and are swept away once an hour.
  const sweeper = setInterval(() => {
    store.deleteExpired().catch((err: unknown) => app.log.warn({ err }, 'sweeping expired sessions failed'));
  }, SWEEP_EVERY_MS).unref();
  app.addHook('onClose', async () => clearInterval(sweeper));
  await app.register(fastifyCookie, { secret: keys.cookieSecrets });
  await app.register(fastifySession, {
    secret: keys.cookieSecrets,
    cookieName: settings.cookieName,
    cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: settings.secure, maxAge: settings.idleMs },
    store,
    saveUninitialized: false, // a row only once there is something to keep: a login under way, or done
    rolling: false, // the idle timeout moves when the session is touched (touchSession), not on every request
  });
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
}

/** A new session for a person who has just proved who they are: a new id (no fixation), the old one gone. */
export async function startSession(request: FastifyRequest, who: { personId: string; authMethod: AuthMethod; idToken?: string }): Promise<void> {
  await request.session.regenerate();
  const now = Date.now();
  Object.assign(request.session, { personId: who.personId, authMethod: who.authMethod, idToken: who.idToken, loggedInAt: now, seenAt: now });
}

/** True while the session holds a login that is within its maximum length (SESSION_MAX_HOURS). */
export function liveLogin(session: FastifyRequest['session'], settings: SessionSettings, now = Date.now()): boolean {
  return Boolean(session.personId && session.authMethod) && now - (session.loggedInAt ?? 0) <= settings.maxMs;
}

/** Pushes the idle timeout back (at most once a minute: the store is written when the session changes). */
export function touchSession(request: FastifyRequest, now = Date.now()): void {
  if (now - (request.session.seenAt ?? 0) >= TOUCH_EVERY_MS) request.session.seenAt = now;
}

/** @fastify/csrf-protection's check of the x-csrf-token header against the session's secret, as a boolean. */
export function csrfTokenValid(app: FastifyInstance, request: FastifyRequest): boolean {
  let valid = false;
  // csrfProtection answers a failure itself through reply.send; this reply only notes that it did.
  const noting = { send: () => undefined } as unknown as FastifyReply;
  app.csrfProtection(request, noting, () => {
    valid = true;
  });
  return valid;
}
