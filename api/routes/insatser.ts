import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZInsats, ZInsatsPatch } from '../../forms/insats';
import { callerOf } from '../auth/plugin';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZInsatsParams, ZInsatsView } from '../schemas/insatser';
import { createInsats, findInsats, insatsView, listInsatser, updateInsats } from '../services/insatser';
import type { ApiDeps } from '../app';

/** Insatser (DOMAIN.md "Follow-up data"): read by everyone with a role in the förbund, kept by its förbundsadministratörer. */
export const insatsRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, { db }) => {
  app.get('/forbund/:id/insatser', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['insatser'],
      summary: "The förbund's insatser, by name (BA, and everyone with a role in the förbund)",
      params: ZIdParams,
      response: { 200: z.array(ZInsatsView), ...errorResponses(403, 404) },
    },
  }, async (request) => listInsatser(db, callerOf(request), request.params.id));

  app.post('/forbund/:id/insatser', {
    config: { access: ['FORBUNDSADMINISTRATOR'] },
    schema: {
      tags: ['insatser'],
      summary: 'Register an insats (a förbundsadministratör of the förbund)',
      description: '400 per field: a negative budget or count, a period that ends before it starts, "ingen specifik målgrupp" with another målgrupp, participants for a year outside the period or a year given twice.',
      params: ZIdParams,
      body: ZInsats,
      response: { 201: ZInsatsView, ...errorResponses(403, 404) },
    },
  }, async (request, reply) => reply.status(201).send(await createInsats(db, callerOf(request), request.params.id, request.body)));

  app.patch('/forbund/:id/insatser/:insatsId', {
    config: { access: ['FORBUNDSADMINISTRATOR'] },
    schema: {
      tags: ['insatser'],
      summary: 'Change an insats (a förbundsadministratör of the förbund): the fields sent; the insats they make is checked as a whole',
      params: ZInsatsParams,
      body: ZInsatsPatch,
      response: { 200: ZInsatsView, ...errorResponses(403, 404) },
    },
  }, async (request) => updateInsats(db, callerOf(request), request.params.id, request.params.insatsId, request.body));

  app.get('/insatser/:id', {
    config: { access: 'authenticated' },
    schema: { tags: ['insatser'], summary: 'One insats (BA, and everyone with a role in its förbund)', params: ZIdParams, response: { 200: ZInsatsView, ...errorResponses(404) } },
  }, async (request) => insatsView(await findInsats(db, callerOf(request), request.params.id)));
};
