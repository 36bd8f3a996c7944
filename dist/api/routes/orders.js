"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.orderRoutes = void 0;
const zod_1 = require("zod");
const order_status_1 = require("../../domain/order-status");
const request_kinds_1 = require("../../domain/request-kinds");
const roles_1 = require("../../domain/roles");
const plugin_1 = require("../auth/plugin");
const scope_1 = require("../auth/scope");
const errors_1 = require("../errors");
const order_view_1 = require("../services/order-view");
const orders_1 = require("../services/orders");
const request_changes_1 = require("../services/request-changes");
const common_1 = require("../schemas/common");
const orders_2 = require("../schemas/orders");
const cursor_1 = require("../services/cursor");
const requests_1 = require("../schemas/requests");
// Who submits requests: the orderers of the catalog's kinds (domain/request-kinds).
// Who reads requests: orderers, and everyone acting at a stage (orderScope narrows it).
const READERS = [...request_kinds_1.ORDERERS, ...roles_1.STAFF_ROLES];
const orderRoutes = async (app, deps) => {
    const { db } = deps;
    app.post('/orders', {
        config: { access: request_kinds_1.ORDERERS },
        schema: {
            tags: ['beställningar'],
            summary: 'Submit a request of any kind in the catalog (`kind`, default USER_9480: blankett 9480)',
            description: `Kinds: ${request_kinds_1.REQUEST_KIND_IDS.join(', ')}. Each kind's form, rules and stages are in docs/rules.md and docs/architecture.md; the body schema below has one variant per kind, with an example.`,
            headers: common_1.ZIdempotencyHeaders,
            body: requests_1.ZRequestBody,
            response: { 201: orders_2.ZOrderView, ...(0, common_1.errorResponses)(409, 422, 503) },
        },
    }, async (request, reply) => {
        const { order, replayed } = await (0, orders_1.submitOrder)(deps, (0, plugin_1.callerOf)(request), request.body, request.headers['idempotency-key']);
        if (replayed)
            reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(order);
    });
    app.post('/orders/:id/resubmit', {
        config: { access: request_kinds_1.ORDERERS },
        schema: {
            tags: ['beställningar'],
            summary: 'Correct and resubmit a returned request (its orderer; the same body as POST /orders, same kind): a new round from the first stage',
            params: common_1.ZIdParams,
            body: requests_1.ZRequestBody,
            response: { 200: orders_2.ZOrderView, ...(0, common_1.errorResponses)(404, 409, 422, 503) },
        },
    }, async (request) => (0, request_changes_1.resubmitRequest)(deps, (0, plugin_1.callerOf)(request), request.params.id, request.body));
    app.post('/orders/:id/cancel', {
        config: { access: request_kinds_1.ORDERERS },
        schema: {
            tags: ['beställningar'],
            summary: 'Withdraw an undecided or returned request (its orderer): CANCELLED, nothing is granted',
            params: common_1.ZIdParams,
            body: requests_1.ZCancelBody,
            response: { 200: orders_2.ZOrderView, ...(0, common_1.errorResponses)(404, 409, 503) },
        },
    }, async (request) => (0, request_changes_1.cancelRequest)(deps, (0, plugin_1.callerOf)(request), request.params.id, request.body?.reason));
    app.get('/orders/:id', {
        config: { access: READERS },
        schema: { tags: ['beställningar'], params: common_1.ZIdParams, response: { 200: orders_2.ZOrderView, ...(0, common_1.errorResponses)(404) } },
    }, async (request) => {
        const caller = (0, plugin_1.callerOf)(request);
        // 404, not 403: a request outside the caller's scope is not visible at all.
        const visible = await db.order.count({ where: { id: request.params.id, ...(0, scope_1.orderScope)(caller) } });
        const order = visible ? await (0, order_view_1.findOrderView)(db, request.params.id, caller.roles.includes('BA')) : null;
        if (!order)
            throw (0, errors_1.notFound)('Beställningen finns inte.');
        return order;
    });
    app.get('/orders/:id/emails', {
        config: { access: ['BA'] },
        schema: {
            tags: ['beställningar'],
            summary: 'The e-mails a request caused, with their delivery status (BA, on the request page)',
            params: common_1.ZIdParams,
            response: { 200: zod_1.z.array(orders_2.ZOrderEmail), ...(0, common_1.errorResponses)(404) },
        },
    }, async (request) => {
        const order = await db.order.findUnique({ where: { id: request.params.id }, select: { id: true } });
        if (!order)
            throw (0, errors_1.notFound)('Beställningen finns inte.');
        const rows = await db.emailOutbox.findMany({ where: { orderId: order.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
        return rows.map((m) => ({ id: m.id, template: m.template, recipient: m.recipient, subject: m.subject, status: m.status, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null }));
    });
    app.get('/orders', {
        config: { access: READERS },
        schema: {
            tags: ['beställningar'],
            summary: 'Requests the caller may read, newest first',
            description: `Pages with cursors: when more requests follow, the response has the header \`${cursor_1.NEXT_CURSOR_HEADER}\`; pass its value as \`cursor\` for the next page.`,
            querystring: zod_1.z.object({
                status: zod_1.z.enum(order_status_1.ORDER_STATUSES, { error: `Status ska vara en av ${order_status_1.ORDER_STATUSES.join(', ')}.` }).optional(),
                kind: zod_1.z.enum(request_kinds_1.REQUEST_KIND_IDS, { error: `Okänd ärendetyp. Välj en av ${request_kinds_1.REQUEST_KIND_IDS.join(', ')}.` }).optional(),
                forbundId: zod_1.z.string().optional(),
                cursor: zod_1.z.string().optional(),
                limit: zod_1.z.coerce.number({ error: 'limit ska vara ett heltal 1–200.' }).int().min(1, 'limit ska vara minst 1.').max(200, 'limit får vara högst 200.').default(100),
            }),
            response: { 200: zod_1.z.array(orders_2.ZOrderView) },
        },
    }, async (request, reply) => {
        const { status, kind, forbundId, limit, cursor } = request.query;
        const caller = (0, plugin_1.callerOf)(request);
        const filter = { ...(status ? { status } : {}), ...(kind ? { kind } : {}), ...(forbundId ? { forbundId } : {}) };
        const page = await (0, order_view_1.listOrderViews)(db, { AND: [(0, scope_1.orderScope)(caller), filter] }, { limit, cursor }, caller.roles.includes('BA'));
        if (page.nextCursor)
            reply.header(cursor_1.NEXT_CURSOR_HEADER, page.nextCursor);
        return page.items;
    });
};
exports.orderRoutes = orderRoutes;
//# sourceMappingURL=orders.js.map