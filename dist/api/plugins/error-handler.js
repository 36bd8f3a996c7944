"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RETRY_AFTER_SECONDS = void 0;
exports.registerErrorHandler = registerErrorHandler;
const fastify_type_provider_zod_1 = require("fastify-type-provider-zod");
const errors_1 = require("../errors");
const unmatched_1 = require("./unmatched");
/** How long a client should wait before it repeats a request answered 503. */
exports.RETRY_AFTER_SECONDS = 5;
/**
 * One error handler: every 4xx carries { code, message (Swedish), details? }; a 5xx is logged
 * in full and answered without internals.
 */
function registerErrorHandler(app) {
    const unmatched = (0, unmatched_1.createUnmatchedReply)(app);
    app.setErrorHandler((err, request, reply) => {
        // No route matched, and Fastify refused the request before the not-found handler ran (a
        // QUERY without a content type, say): answer as for any unmatched request.
        if (request.is404)
            return unmatched(request, reply);
        const send = ({ status, body }) => reply.status(status).send(body);
        if (err instanceof errors_1.AppError) {
            // Every 503 is passing (a worker restarting, Temporal or the database away): say when to
            // try again. Logged as a warning: nothing is broken in the code, an operator sees it in metrics.
            if (err.statusCode === 503) {
                reply.header('retry-after', String(exports.RETRY_AFTER_SECONDS));
                request.log.warn({ code: err.code, cause: err.cause instanceof Error ? `${err.cause.message}${err.cause.cause instanceof Error ? `: ${err.cause.cause.message}` : ''}` : undefined }, 'temporarily unavailable');
            }
            else if (err.statusCode >= 500)
                request.log.error({ err }, 'request failed');
            return reply.status(err.statusCode).send({ code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) });
        }
        if ((0, fastify_type_provider_zod_1.hasZodFastifySchemaValidationErrors)(err)) {
            const details = err.validation.map((v) => ({ path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'), message: v.message }));
            return send((0, errors_1.errorReply)('VALIDATION_ERROR', 'Uppgifterna är inte kompletta eller har fel format. Se detaljerna per fält.', details));
        }
        if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
            return send((0, errors_1.errorReply)('PAYLOAD_TOO_LARGE', 'Förfrågan är för stor (högst 64 kB).'));
        if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
            return send((0, errors_1.errorReply)('UNSUPPORTED_MEDIA_TYPE', 'Skicka uppgifterna som JSON (Content-Type: application/json).'));
        if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
            // Malformed JSON and similar protocol errors found by Fastify itself.
            request.log.info({ err }, 'client error');
            return send((0, errors_1.errorReply)('BAD_REQUEST', 'Förfrågan kunde inte tolkas. Kontrollera att den är giltig JSON.'));
        }
        request.log.error({ err }, 'request failed');
        return send((0, errors_1.errorReply)('INTERNAL_ERROR', 'Ett oväntat fel inträffade. Försök igen senare.'));
    });
    app.setNotFoundHandler(unmatched);
}
//# sourceMappingURL=error-handler.js.map