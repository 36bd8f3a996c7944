import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { audit } from '../../data/audit';
import type { Db } from '../../data/prisma';
import type { AuthMethod } from '../../domain/login';

/** The audit trail's events about logging in and out (no request: `orderId` is empty). */
export type AuthEvent = 'LOGIN' | 'LOGOUT' | 'LOGIN_REFUSED' | 'AUTH_REFUSED';

/**
 * Records a login, a logout or a refusal: who (when known), how, from where, and in
 * English what happened. `reason` is a stable code (a login refusal's, or what was wrong with
 * the token, cookie or CSRF token).
 */
export async function auditAuth(
  db: Db,
  request: FastifyRequest,
  e: { event: AuthEvent; reason?: string; detail?: string; personId?: string | null; authMethod?: AuthMethod | null },
): Promise<void> {
  await audit(db, {
    key: `${e.event.toLowerCase()}:${randomUUID()}`,
    event: e.event,
    actorId: e.personId ?? null,
    authMethod: e.authMethod ?? null,
    data: {
      ...(e.reason ? { reason: e.reason } : {}),
      ...(e.detail ? { detail: e.detail.slice(0, 500) } : {}),
      ip: request.ip,
      route: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
    },
  });
}
