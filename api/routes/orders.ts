import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/order-status';
import { ORDERERS, REQUEST_KIND_IDS } from '../../domain/request-kinds';
import { STAFF_ROLES } from '../../domain/roles';
import { callerOf } from '../auth/plugin';
import { orderScope } from '../auth/scope';
import { notFound } from '../errors';
import { findOrderView, listOrderViews } from '../services/order-view';
import { submitOrder } from '../services/orders';
import { cancelRequest, resubmitRequest } from '../services/request-changes';
import { errorResponses, ZIdempotencyHeaders, ZIdParams } from '../schemas/common';
import { ZOrderEmail, ZOrderView } from '../schemas/orders';
import { NEXT_CURSOR_HEADER } from '../services/cursor';
import { ZCancelBody, ZRequestBody } from '../schemas/requests';
import type { ApiDeps } from '../app';

// Who submits requests: the orderers of the catalog's kinds (domain/request-kinds).
// Who reads requests: orderers, and everyone acting at a stage (orderScope narrows it).
const READERS = [...ORDERERS, ...STAFF_ROLES] as const;

export const orderRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, deps) => {
  const { db } = deps;

  app.post('/orders', {
    config: { access: ORDERERS },
    schema: {
      tags: ['beställningar'],
      summary: 'Submit a request of any kind in the catalog (`kind`, default USER_9480: blankett 9480)',
      description: `Kinds: ${REQUEST_KIND_IDS.join(', ')}. Each kind's form, rules and stages are in docs/rules.md and docs/architecture.md; the body schema below has one variant per kind, with an example.`,
      headers: ZIdempotencyHeaders,
      body: ZRequestBody,
      response: { 201: ZOrderView, ...errorResponses(409, 422, 503) },
    },
  }, async (request, reply) => {
    const { order, replayed } = await submitOrder(deps, callerOf(request), request.body, request.headers['idempotency-key']);
    if (replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(201).send(order);
  });

  app.post('/orders/:id/resubmit', {
    config: { access: ORDERERS },
    schema: {
      tags: ['beställningar'],
      summary: 'Correct and resubmit a returned request (its orderer; the same body as POST /orders, same kind): a new round from the first stage',
      params: ZIdParams,
      body: ZRequestBody,
      response: { 200: ZOrderView, ...errorResponses(404, 409, 422, 503) },
    },
  }, async (request) => resubmitRequest(deps, callerOf(request), request.params.id, request.body));

  app.post('/orders/:id/cancel', {
    config: { access: ORDERERS },
    schema: {
      tags: ['beställningar'],
      summary: 'Withdraw an undecided or returned request (its orderer): CANCELLED, nothing is granted',
      params: ZIdParams,
      body: ZCancelBody,
      response: { 200: ZOrderView, ...errorResponses(404, 409, 503) },
    },
  }, async (request) => cancelRequest(deps, callerOf(request), request.params.id, request.body?.reason));

  app.get('/orders/:id', {
    config: { access: READERS },
    schema: { tags: ['beställningar'], params: ZIdParams, response: { 200: ZOrderView, ...errorResponses(404) } },
  }, async (request) => {
    const caller = callerOf(request);
    // 404, not 403: a request outside the caller's scope is not visible at all.
    const visible = await db.order.count({ where: { id: request.params.id, ...orderScope(caller) } });
    const order = visible ? await findOrderView(db, request.params.id, caller.roles.includes('BA')) : null;
    if (!order) throw notFound('Beställningen finns inte.');
    return order;
  });

  app.get('/orders/:id/emails', {
    config: { access: ['BA'] },
    schema: {
      tags: ['beställningar'],
      summary: 'The e-mails a request caused, with their delivery status (BA, on the request page)',
      params: ZIdParams,
      response: { 200: z.array(ZOrderEmail), ...errorResponses(404) },
    },
  }, async (request) => {
    const order = await db.order.findUnique({ where: { id: request.params.id }, select: { id: true } });
    if (!order) throw notFound('Beställningen finns inte.');
    const rows = await db.emailOutbox.findMany({ where: { orderId: order.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map((m) => ({ id: m.id, template: m.template, recipient: m.recipient, subject: m.subject, status: m.status, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null }));
  });

  app.get('/orders', {
    config: { access: READERS },
    schema: {
      tags: ['beställningar'],
      summary: 'Requests the caller may read, newest first',
      description: `Pages with cursors: when more requests follow, the response has the header \`${NEXT_CURSOR_HEADER}\`; pass its value as \`cursor\` for the next page.`,
      querystring: z.object({
        status: z.enum(ORDER_STATUSES, { error: `Status ska vara en av ${ORDER_STATUSES.join(', ')}.` }).optional(),
        kind: z.enum(REQUEST_KIND_IDS, { error: `Okänd ärendetyp. Välj en av ${REQUEST_KIND_IDS.join(', ')}.` }).optional(),
        forbundId: z.string().optional(),
        cursor: z.string().optional(),
        limit: z.coerce.number({ error: 'limit ska vara ett heltal 1–200.' }).int().min(1, 'limit ska vara minst 1.').max(200, 'limit får vara högst 200.').default(100),
      }),
      response: { 200: z.array(ZOrderView) },
    },
  }, async (request, reply) => {
    const { status, kind, forbundId, limit, cursor } = request.query;
    const caller = callerOf(request);
    const filter = { ...(status ? { status } : {}), ...(kind ? { kind } : {}), ...(forbundId ? { forbundId } : {}) };
    const page = await listOrderViews(db, { AND: [orderScope(caller), filter] }, { limit, cursor }, caller.roles.includes('BA'));
    if (page.nextCursor) reply.header(NEXT_CURSOR_HEADER, page.nextCursor);
    return page.items;
  });
};
