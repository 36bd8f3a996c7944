import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/order-status';
import { REQUEST_KIND_IDS } from '../../domain/request-kinds';
import { STAFF_ROLES } from '../../domain/roles';
import { callerOf } from '../auth/plugin';
import { orderScope } from '../auth/scope';
import { notFound } from '../errors';
import { findOrderView, listOrderViews } from '../services/order-view';
import { submitOrder } from '../services/orders';
import { cancelRequest, resubmitRequest } from '../services/request-changes';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZOrderView } from '../schemas/orders';
import { ZCancelBody, ZRequestBody } from '../schemas/requests';
import type { ApiDeps } from '../app';

const ORDERERS = ['BESTALLARE', 'CHEF'] as const;
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
      headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
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

  app.get('/orders', {
    config: { access: READERS },
    schema: {
      tags: ['beställningar'],
      querystring: z.object({
        status: z.enum(ORDER_STATUSES, { error: `Status ska vara en av ${ORDER_STATUSES.join(', ')}.` }).optional(),
        kind: z.enum(REQUEST_KIND_IDS, { error: `Okänd ärendetyp. Välj en av ${REQUEST_KIND_IDS.join(', ')}.` }).optional(),
        forbundId: z.string().optional(),
        limit: z.coerce.number({ error: 'limit ska vara ett heltal 1–200.' }).int().min(1).max(200).default(100),
      }),
      response: { 200: z.array(ZOrderView) },
    },
  }, async (request) => {
    const { status, kind, forbundId, limit } = request.query;
    const caller = callerOf(request);
    return listOrderViews(db, { AND: [orderScope(caller), { ...(status ? { status } : {}), ...(kind ? { kind } : {}), ...(forbundId ? { forbundId } : {}) }] }, limit, caller.roles.includes('BA'));
  });
};
