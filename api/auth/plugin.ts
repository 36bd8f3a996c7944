import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../errors';
import type { Caller, RouteAccess } from './roles';
import { verifyToken } from './token';

declare module 'fastify' {
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

export const authPlugin = fp<{ secret: string }>(async (app, { secret }) => {
  app.decorateRequest('caller', null);

  app.addHook('onRoute', (route) => {
    const internal = route.url.startsWith('/docs');
    if (!internal && !route.config?.access) throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
  });

  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) request.caller = verifyToken(header.slice(7).trim(), secret);
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    if (!request.caller) throw unauthorized();
    if (access === 'authenticated') return;
    if (!access.some((role) => request.caller!.roles.includes(role))) {
      throw forbidden('FORBIDDEN_ROLE', 'Du har inte behörighet att göra detta.');
    }
  });
});
