import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/order-status';
import { ZOrder9480 } from '../../forms';
import { callerOf } from '../auth/plugin';
import { canSeeOrder, orderScope } from '../auth/scope';
import { notFound } from '../errors';
import { findOrderView, listOrderViews } from '../services/order-view';
import { submitOrder } from '../services/orders';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZOrderView } from '../schemas/orders';
import type { ApiDeps } from '../app';

export const orderRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, deps) => {
  const { db } = deps;

  app.post('/orders', {
    config: { access: ['BESTALLARE'] },
    schema: {
      tags: ['beställningar'],
      summary: 'Submit blankett 9480 (a beställare orders a role for a colleague)',
      headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
      body: ZOrder9480,
      response: { 201: ZOrderView, ...errorResponses(409, 422, 503) },
    },
  }, async (request, reply) => {
    const { order, replayed } = await submitOrder(deps, callerOf(request), request.body, request.headers['idempotency-key']);
    if (replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(201).send(order);
  });

  app.get('/orders/:id', {
    config: { access: ['BESTALLARE', 'BA'] },
    schema: { tags: ['beställningar'], params: ZIdParams, response: { 200: ZOrderView, ...errorResponses(404) } },
  }, async (request) => {
    const caller = callerOf(request);
    const order = await findOrderView(db, request.params.id, caller.roles.includes('BA'));
    // 404, not 403: an order outside the caller's organisation is not visible at all.
    if (!order || !canSeeOrder(caller, order)) throw notFound('Beställningen finns inte.');
    return order;
  });

  app.get('/orders', {
    config: { access: ['BESTALLARE', 'BA'] },
    schema: {
      tags: ['beställningar'],
      querystring: z.object({
        status: z.enum(ORDER_STATUSES, { error: `Status ska vara en av ${ORDER_STATUSES.join(', ')}.` }).optional(),
        forbundId: z.string().optional(),
        limit: z.coerce.number({ error: 'limit ska vara ett heltal 1–200.' }).int().min(1).max(200).default(100),
      }),
      response: { 200: z.array(ZOrderView) },
    },
  }, async (request) => {
    const { status, forbundId, limit } = request.query;
    const caller = callerOf(request);
    return listOrderViews(db, { ...orderScope(caller), ...(status ? { status } : {}), ...(forbundId ? { forbundId } : {}) }, limit, caller.roles.includes('BA'));
  });
};
