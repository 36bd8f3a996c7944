import { createHash } from 'node:crypto';
import type { Session } from 'fastify';
import type { SessionStore } from '@fastify/session';
import type { Db, Prisma } from '../../data/prisma';

/** What a browser session holds, beside the cookie: set at login (api/auth/oidc-routes.ts). */
declare module 'fastify' {
  interface Session {
    personId?: string;
    authMethod?: import('../../domain/login').AuthMethod;
    /** Epoch ms of the login: the session ends SESSION_MAX_HOURS later whatever happens. */
    loggedInAt?: number;
    /** Epoch ms of the last time the idle timeout was pushed back (at most once a minute). */
    seenAt?: number;
    /** The ID token, for the identity provider's logout (id_token_hint). */
    idToken?: string;
    /** An OIDC login under way: PKCE verifier, state, nonce and where to go afterwards. */
    oidcLogin?: { codeVerifier: string; state: string; nonce: string; returnTo: string; startedAt: number };
    /** @fastify/csrf-protection's secret. */
    _csrf?: string;
  }
}

const rowId = (sessionId: string) => createHash('sha256').update(sessionId).digest('base64url');

/**
 * @fastify/session's store in PostgreSQL: server-side sessions, so logout, expiry and a
 * revoked login bite at once, and any API process can serve any browser. Rows are keyed by a
 * hash of the session id, and an expired row is never returned (and is deleted when met).
 */
export function prismaSessionStore(db: Db, idleMs: number): SessionStore & { deleteExpired(now?: Date): Promise<number> } {
  const done = <T>(work: Promise<T>, callback: (err?: unknown, value?: T) => void) => {
    work.then((value) => callback(undefined, value), (err) => callback(err));
  };
  return {
    set(sessionId, session, callback) {
      const data = JSON.parse(JSON.stringify(session)) as Prisma.InputJsonObject;
      const expires = session.cookie?.expires ? new Date(session.cookie.expires) : new Date(Date.now() + idleMs);
      const values = { personId: session.personId ?? null, data, expiresAt: expires };
      done(db.session.upsert({ where: { id: rowId(sessionId) }, create: { id: rowId(sessionId), ...values }, update: values }).then(() => undefined), callback);
    },
    get(sessionId, callback) {
      done((async () => {
        const row = await db.session.findUnique({ where: { id: rowId(sessionId) } });
        if (!row) return null;
        if (row.expiresAt <= new Date()) {
          await db.session.deleteMany({ where: { id: row.id } });
          return null;
        }
        return row.data as unknown as Session;
      })(), callback as (err?: unknown, value?: Session | null) => void);
    },
    destroy(sessionId, callback) {
      done(db.session.deleteMany({ where: { id: rowId(sessionId) } }).then(() => undefined), callback);
    },
    async deleteExpired(now = new Date()) {
      return (await db.session.deleteMany({ where: { expiresAt: { lte: now } } })).count;
    },
  };
}
