import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import FindMyWay from 'find-my-way';
import { errorReply } from '../errors';

/**
 * Answers a request no route matched: 405 with an Allow header when the address exists under
 * other methods (RFC 9110 §15.5.6), 404 otherwise. The known addresses come from the app's own
 * route table (api/auth/plugin.ts), matched with the same router library Fastify uses.
 */
export function createUnmatchedReply(app: FastifyInstance) {
  let paths: ReturnType<typeof FindMyWay> | undefined;
  const allowedMethods = (url: string): string[] => {
    if (!paths) {
      paths = FindMyWay();
      for (const r of app.routeTable) paths.on(r.method as 'GET', r.url, () => undefined);
    }
    const path = url.split('?')[0];
    return [...new Set(app.routeTable.map((r) => r.method))].filter((m) => paths!.find(m as 'GET', path)).sort();
  };

  return (request: FastifyRequest, reply: FastifyReply) => {
    const allowed = allowedMethods(request.url);
    const { status, body } = allowed.length > 0
      ? errorReply('METHOD_NOT_ALLOWED', `Adressen stöder bara ${allowed.join(', ')}.`)
      : errorReply('NOT_FOUND', 'Adressen finns inte.');
    if (allowed.length > 0) reply.header('allow', allowed.join(', '));
    return reply.status(status).send(body);
  };
}
