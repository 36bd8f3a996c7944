import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZInsats, ZInsatsPatch } from '../../forms/insats';
import { callerOf } from '../auth/plugin';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZInsatsParams, ZInsatsView } from '../schemas/insatser';
import { createInsats, findInsats, insatsVersion, insatsView, listInsatser, updateInsats } from '../services/insatser';
import type { ApiDeps } from '../app';

const ZIfMatchHeaders = z.object({ 'if-match': z.string().max(100).optional() });

/** The insats's version as its ETag, for an edit's If-Match. */
function withVersion<T extends { updatedAt: string }>(reply: FastifyReply, insats: T): T {
  reply.header('etag', insatsVersion(insats));
  return insats;
}

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
  }, async (request, reply) => reply.status(201).send(withVersion(reply, await createInsats(db, callerOf(request), request.params.id, request.body))));

  app.patch('/forbund/:id/insatser/:insatsId', {
    config: { access: ['FORBUNDSADMINISTRATOR'] },
    schema: {
      tags: ['insatser'],
      summary: 'Change an insats (a förbundsadministratör of the förbund): the fields sent; the insats they make is checked as a whole',
      description: 'Send `If-Match` with the `ETag` of the insats as you read it (its `updatedAt` in quotes): if someone changed it since, the answer is 412 `EDIT_CONFLICT` and nothing changes. Without it, the last edit wins.',
      headers: ZIfMatchHeaders,
      params: ZInsatsParams,
      body: ZInsatsPatch,
      response: { 200: ZInsatsView, ...errorResponses(403, 404, 412) },
    },
  }, async (request, reply) => withVersion(reply, await updateInsats(db, callerOf(request), request.params.id, request.params.insatsId, request.body, request.headers['if-match'])));

  app.get('/insatser/:id', {
    config: { access: 'authenticated' },
    schema: { tags: ['insatser'], summary: 'One insats (BA, and everyone with a role in its förbund)', params: ZIdParams, response: { 200: ZInsatsView, ...errorResponses(404) } },
  }, async (request, reply) => withVersion(reply, insatsView(await findInsats(db, callerOf(request), request.params.id))));
};
