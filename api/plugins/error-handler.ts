import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorReply } from '../errors';
import { createUnmatchedReply } from './unmatched';

/** How long a client should wait before it repeats a request answered 503. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * One error handler: every 4xx carries { code, message (Swedish), details? }; a 5xx is logged
 * in full and answered without internals.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  const unmatched = createUnmatchedReply(app);
  app.setErrorHandler((err: FastifyError, request, reply) => {
    // No route matched, and Fastify refused the request before the not-found handler ran (a
    // QUERY without a content type, say): answer as for any unmatched request.
    if (request.is404) return unmatched(request, reply);
    const send = ({ status, body }: ReturnType<typeof errorReply>) => reply.status(status).send(body);
    if (err instanceof AppError) {
      // Every 503 is passing (a worker restarting, Temporal or the database away): say when to
      // try again. Logged as a warning: nothing is broken in the code, an operator sees it in metrics.
      if (err.statusCode === 503) {
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        request.log.warn({ code: err.code, cause: err.cause instanceof Error ? `${err.cause.message}${err.cause.cause instanceof Error ? `: ${err.cause.cause.message}` : ''}` : undefined }, 'temporarily unavailable');
      } else if (err.statusCode >= 500) request.log.error({ err }, 'request failed');
      return reply.status(err.statusCode).send({ code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({ path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'), message: v.message }));
      return send(errorReply('VALIDATION_ERROR', 'Uppgifterna är inte kompletta eller har fel format. Se detaljerna per fält.', details));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(errorReply('PAYLOAD_TOO_LARGE', 'Förfrågan är för stor (högst 64 kB).'));
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(errorReply('UNSUPPORTED_MEDIA_TYPE', 'Skicka uppgifterna som JSON (Content-Type: application/json).'));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON and similar protocol errors found by Fastify itself.
      request.log.info({ err }, 'client error');
      return send(errorReply('BAD_REQUEST', 'Förfrågan kunde inte tolkas. Kontrollera att den är giltig JSON.'));
    }
    request.log.error({ err }, 'request failed');
    return send(errorReply('INTERNAL_ERROR', 'Ett oväntat fel inträffade. Försök igen senare.'));
  });

  app.setNotFoundHandler(unmatched);
}
