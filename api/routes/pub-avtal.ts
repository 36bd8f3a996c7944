import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPubAvtal, ZPubAvtalTermination } from '../../forms/pub-avtal';
import { callerOf } from '../auth/plugin';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZPubAvtalParams, ZPubAvtalView } from '../schemas/pub-avtal';
import { listPubAvtal, registerPubAvtal, terminatePubAvtal } from '../services/pub-avtal';
import type { ApiDeps } from '../app';

/** The PUB-avtal register: kept by BA, read by BA and everyone with a role in the förbund. */
export const pubAvtalRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, deps) => {
  const { db } = deps;
  app.get('/forbund/:id/pub-avtal', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['pub-avtal'],
      summary: "The förbund's PUB-avtal, newest first, each with its state today (R-31: only VALID allows linking deltagaransvariga)",
      params: ZIdParams,
      response: { 200: z.array(ZPubAvtalView), ...errorResponses(403, 404) },
    },
  }, async (request) => listPubAvtal(db, callerOf(request), request.params.id));

  app.post('/forbund/:id/pub-avtal', {
    config: { access: ['BA'] },
    schema: {
      tags: ['pub-avtal'],
      summary: 'Register a PUB-avtal between Försäkringskassan and the förbund (BA): signed on, valid from, valid to (omitted: until further notice)',
      params: ZIdParams,
      body: ZPubAvtal,
      response: { 201: ZPubAvtalView, ...errorResponses(404) },
    },
  }, async (request, reply) => reply.status(201).send(await registerPubAvtal({ ...deps, log: request.log }, callerOf(request), request.params.id, request.body)));

  app.post('/forbund/:id/pub-avtal/:avtalId/terminate', {
    config: { access: ['BA'] },
    schema: {
      tags: ['pub-avtal'],
      summary: 'Terminate the PUB-avtal from `terminatedOn` (default today; never a day that has passed): it no longer holds from that day (BA)',
      params: ZPubAvtalParams,
      body: ZPubAvtalTermination,
      response: { 200: ZPubAvtalView, ...errorResponses(404, 409) },
    },
  }, async (request) => terminatePubAvtal({ ...deps, log: request.log }, callerOf(request), request.params.id, request.params.avtalId, request.body));
};
