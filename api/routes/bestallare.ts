import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/plugin';
import { MANDATE_REVOKED_REFUSAL } from '../../domain/eligibility-rules/mandate-request';
import { errorResponses, ZIdempotencyHeaders, ZIdParams } from '../schemas/common';
import { ZMandate, ZMandateDetail, ZMandateListQuery, ZRegisterBody, ZRenewBody, ZRevokeBody } from '../schemas/bestallare';
import { ZOrderView } from '../schemas/orders';
import { NEXT_CURSOR_HEADER } from '../services/cursor';
import { findVisibleMandate, listMandates, mandateDetail, revokeMandate } from '../services/mandates';
import { refused, submitOrder } from '../services/orders';
import type { ApiDeps } from '../app';

const READERS = ['BA', 'REPRESENTATIVE'] as const;

/** Beställare mandates: the Part's representatives and BA. */
export const bestallareRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, deps) => {
  const { db } = deps;

  app.get('/bestallare', {
    config: { access: READERS },
    schema: {
      tags: ['beställare'],
      summary: "Beställare mandates the caller may see (BA: all; a representative: their organisations'), soonest ending first",
      description:
        'Without `status`, revoked mandates are left out. `expiringWithinDays` keeps the active mandates that end within that many days (BA\'s list of mandates to chase). ' +
        `Pages with cursors: when more mandates follow, the response has the header \`${NEXT_CURSOR_HEADER}\`; pass its value as \`cursor\` for the next page.`,
      querystring: ZMandateListQuery,
      response: { 200: z.array(ZMandate), ...errorResponses(403) },
    },
  }, async (request, reply) => {
    const page = await listMandates(db, callerOf(request), request.query);
    if (page.nextCursor) reply.header(NEXT_CURSOR_HEADER, page.nextCursor);
    return page.items;
  });

  app.get('/bestallare/:id', {
    config: { access: READERS },
    schema: { tags: ['beställare'], summary: 'One mandate with its history (registered, reminded, renewed, expired, revoked) and its requests', params: ZIdParams, response: { 200: ZMandateDetail, ...errorResponses(404) } },
  }, async (request) => mandateDetail(db, callerOf(request), request.params.id));

  app.post('/bestallare', {
    config: { access: ['REPRESENTATIVE'] },
    schema: {
      tags: ['beställare'],
      summary: "Register an employee of the representative's organisation as beställare (R-20), through `validUntil` (at most two years, R-21): a BESTALLARE_REGISTRATION request that BA approves",
      description: 'The same as `POST /orders` with `kind: "BESTALLARE_REGISTRATION"`. Refused with 422 and the rule id: validity over two years (R-21), a person not employed by the organisation (R-20), a mandate the person already has there (R-21: renew it), registering oneself (R-20; only a förbund\'s board chair may).',
      headers: ZIdempotencyHeaders,
      body: ZRegisterBody,
      response: { 201: ZOrderView, ...errorResponses(409, 422, 503) },
    },
  }, async (request, reply) => {
    const { order, replayed } = await submitOrder(deps, callerOf(request), { kind: 'BESTALLARE_REGISTRATION', ...request.body }, request.headers['idempotency-key']);
    if (replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(201).send(order);
  });

  app.post('/bestallare/:id/renew', {
    config: { access: ['REPRESENTATIVE'] },
    schema: {
      tags: ['beställare'],
      summary: 'Renew the mandate through `validUntil`, at most two years from its current end or from today when it has ended (R-21): a BESTALLARE_RENEWAL request that BA approves; the running workflow then moves its reminders and expiry',
      params: ZIdParams,
      headers: ZIdempotencyHeaders,
      body: ZRenewBody,
      response: { 201: ZOrderView, ...errorResponses(404, 409, 422, 503) },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const mandate = await findVisibleMandate(db, caller, request.params.id);
    if (mandate.status === 'REVOKED') {
      throw refused([MANDATE_REVOKED_REFUSAL]);
    }
    const body = { kind: 'BESTALLARE_RENEWAL' as const, personnummer: mandate.person.personnummer, validUntil: request.body.validUntil };
    const { order, replayed } = await submitOrder(deps, caller, body, request.headers['idempotency-key']);
    if (replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(201).send(order);
  });

  app.post('/bestallare/:id/revoke', {
    config: { access: READERS },
    schema: {
      tags: ['beställare'],
      summary: "Revoke the mandate at once (the organisation's representative or BA): REVOKED, its workflow ends, the beställare is told",
      params: ZIdParams,
      body: ZRevokeBody,
      response: { 200: ZMandateDetail, ...errorResponses(404, 409, 503) },
    },
  }, async (request) => revokeMandate(deps, callerOf(request), request.params.id, request.body?.reason));
};
