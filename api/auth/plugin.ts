import fp from 'fastify-plugin';
import type { AppConfig } from '../../config';
import type { Db } from '../../data/prisma';
import { AppError, unauthorized } from '../errors';
import { loadCaller } from './callers';
import { createIdentify } from './identify';
import type { TokenKeys } from './keys';
import type { OidcClient } from './oidc';
import { documentAccess } from './route-docs';
import type { Caller, RouteAccess } from './roles';
import { registerSessions, type SessionSettings } from './sessions';

/** One route as the app declared it: what the authorization matrix test walks. */
export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** Every route declares who may call it; start-up fails for a route that does not. */
    access?: RouteAccess;
  }
}

/** The caller, for handlers of routes that are not public. */
export function callerOf(request: { caller: Caller | null }): Caller {
  if (!request.caller) throw unauthorized();
  return request.caller;
}

/** a beställare whose mandate expired or was revoked is told why, not just that they may not. */
function missingRole(caller: Caller, access: readonly string[]) {
  if (access.includes('BESTALLARE') && caller.mandateLapsed) {
    return new AppError(
      'BESTALLARE_MANDATE_LAPSED',
      'Ditt uppdrag som beställare gäller inte längre. En beställares behörighet gäller högst två år i taget och måste ' +
        'sedan förnyas. Be din organisation att anmäla dig som beställare på nytt till Försäkringskassan.',
    );
  }
  return new AppError('FORBIDDEN_ROLE', 'Du har inte behörighet att göra detta.');
}

/**
 * Authentication and the per-route role check. A token or session only says who the caller is
 * (and how they logged in); what they may do is read from the database for every request, so a
 * revoked or expired right bites at once.
 */
export const authPlugin = fp<{ keys: TokenKeys; db: Db; config: AppConfig; oidc: OidcClient | null; sessions: SessionSettings }>(async (app, { keys, db, config, oidc, sessions }) => {
  app.decorateRequest('caller', null);
  app.decorate('routeTable', [] as RouteEntry[]);
  await registerSessions(app, sessions, db, keys);
  const identify = createIdentify({ app, db, keys, devLogin: config.DEV_LOGIN, oidc, sessions });

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) return; // the OpenAPI document and its UI
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
    documentAccess(route, access);
    for (const method of [route.method].flat()) app.routeTable.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const { personId, authMethod } = await identify(request);
    request.caller = await loadCaller(db, { personId }, authMethod, new Date());
    if (!request.caller) throw unauthorized();
    if (access === 'authenticated') return;
    if (!access.some((role) => request.caller!.roles.includes(role))) throw missingRole(request.caller, access);
  });
});
