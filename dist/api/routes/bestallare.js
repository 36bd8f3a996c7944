"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bestallareRoutes = void 0;
const zod_1 = require("zod");
const plugin_1 = require("../auth/plugin");
const mandate_request_1 = require("../../domain/eligibility-rules/mandate-request");
const common_1 = require("../schemas/common");
const bestallare_1 = require("../schemas/bestallare");
const orders_1 = require("../schemas/orders");
const cursor_1 = require("../services/cursor");
const mandates_1 = require("../services/mandates");
const orders_2 = require("../services/orders");
const READERS = ['BA', 'REPRESENTATIVE'];
/** Beställare mandates: the Part's representatives and BA. */
const bestallareRoutes = async (app, deps) => {
    const { db } = deps;
    app.get('/bestallare', {
        config: { access: READERS },
        schema: {
            tags: ['beställare'],
            summary: "Beställare mandates the caller may see (BA: all; a representative: their organisations'), soonest ending first",
            description: 'Without `status`, revoked mandates are left out. `expiringWithinDays` keeps the active mandates that end within that many days (BA\'s list of mandates to chase). ' +
                `Pages with cursors: when more mandates follow, the response has the header \`${cursor_1.NEXT_CURSOR_HEADER}\`; pass its value as \`cursor\` for the next page.`,
            querystring: bestallare_1.ZMandateListQuery,
            response: { 200: zod_1.z.array(bestallare_1.ZMandate), ...(0, common_1.errorResponses)(403) },
        },
    }, async (request, reply) => {
        const page = await (0, mandates_1.listMandates)(db, (0, plugin_1.callerOf)(request), request.query);
        if (page.nextCursor)
            reply.header(cursor_1.NEXT_CURSOR_HEADER, page.nextCursor);
        return page.items;
    });
    app.get('/bestallare/:id', {
        config: { access: READERS },
        schema: { tags: ['beställare'], summary: 'One mandate with its history (registered, reminded, renewed, expired, revoked) and its requests', params: common_1.ZIdParams, response: { 200: bestallare_1.ZMandateDetail, ...(0, common_1.errorResponses)(404) } },
    }, async (request) => (0, mandates_1.mandateDetail)(db, (0, plugin_1.callerOf)(request), request.params.id));
    app.post('/bestallare', {
        config: { access: ['REPRESENTATIVE'] },
        schema: {
            tags: ['beställare'],
            summary: "Register an employee of the representative's organisation as beställare (R-20), through `validUntil` (at most two years, R-21): a BESTALLARE_REGISTRATION request that BA approves",
            description: 'The same as `POST /orders` with `kind: "BESTALLARE_REGISTRATION"`. Refused with 422 and the rule id: validity over two years (R-21), a person not employed by the organisation (R-20), a mandate the person already has there (R-21: renew it), registering oneself (R-20; only a förbund\'s board chair may).',
            headers: common_1.ZIdempotencyHeaders,
            body: bestallare_1.ZRegisterBody,
            response: { 201: orders_1.ZOrderView, ...(0, common_1.errorResponses)(409, 422, 503) },
        },
    }, async (request, reply) => {
        const { order, replayed } = await (0, orders_2.submitOrder)(deps, (0, plugin_1.callerOf)(request), { kind: 'BESTALLARE_REGISTRATION', ...request.body }, request.headers['idempotency-key']);
        if (replayed)
            reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(order);
    });
    app.post('/bestallare/:id/renew', {
        config: { access: ['REPRESENTATIVE'] },
        schema: {
            tags: ['beställare'],
            summary: 'Renew the mandate through `validUntil`, at most two years from its current end or from today when it has ended (R-21): a BESTALLARE_RENEWAL request that BA approves; the running workflow then moves its reminders and expiry',
            params: common_1.ZIdParams,
            headers: common_1.ZIdempotencyHeaders,
            body: bestallare_1.ZRenewBody,
            response: { 201: orders_1.ZOrderView, ...(0, common_1.errorResponses)(404, 409, 422, 503) },
        },
    }, async (request, reply) => {
        const caller = (0, plugin_1.callerOf)(request);
        const mandate = await (0, mandates_1.findVisibleMandate)(db, caller, request.params.id);
        if (mandate.status === 'REVOKED') {
            throw (0, orders_2.refused)([mandate_request_1.MANDATE_REVOKED_REFUSAL]);
        }
        const body = { kind: 'BESTALLARE_RENEWAL', personnummer: mandate.person.personnummer, validUntil: request.body.validUntil };
        const { order, replayed } = await (0, orders_2.submitOrder)(deps, caller, body, request.headers['idempotency-key']);
        if (replayed)
            reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(order);
    });
    app.post('/bestallare/:id/revoke', {
        config: { access: READERS },
        schema: {
            tags: ['beställare'],
            summary: "Revoke the mandate at once (the organisation's representative or BA): REVOKED, its workflow ends, the beställare is told",
            params: common_1.ZIdParams,
            body: bestallare_1.ZRevokeBody,
            response: { 200: bestallare_1.ZMandateDetail, ...(0, common_1.errorResponses)(404, 409, 503) },
        },
    }, async (request) => (0, mandates_1.revokeMandate)(deps, (0, plugin_1.callerOf)(request), request.params.id, request.body?.reason));
};
exports.bestallareRoutes = bestallareRoutes;
//# sourceMappingURL=bestallare.js.map