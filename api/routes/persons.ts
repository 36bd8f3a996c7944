import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPersonLookup } from '../../forms/person-lookup';
import { callerOf } from '../auth/plugin';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZRegisterExtract } from '../schemas/register-extract';
import { findPersonByPersonnummer, registerExtract } from '../services/register-extract';
import type { ApiDeps } from '../app';

/** The person register as BA sees it: finding a person, and their register extract (GDPR art. 15). */
export const personRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, { db }) => {
  app.post('/persons/lookup', {
    config: { access: ['BA'] },
    schema: {
      tags: ['persons'],
      summary: 'Find a registered person by personnummer (BA); the personnummer goes in the body, never in an address',
      body: ZPersonLookup,
      response: { 200: z.object({ id: z.string(), name: z.string(), employerName: z.string() }), ...errorResponses(403, 404) },
    },
  }, async (request) => findPersonByPersonnummer(db, request.body));

  app.get('/persons/:id/registerutdrag', {
    config: { access: ['BA'] },
    schema: {
      tags: ['persons'],
      summary: 'Everything the service holds about the person (GDPR art. 15), for BA: identity, employment, roles, requests they made or are the subject of, mandates, links, e-mails sent to them, the processing log; taking it is recorded in the audit trail',
      params: ZIdParams,
      response: { 200: ZRegisterExtract, ...errorResponses(403, 404) },
    },
  }, async (request) => registerExtract(db, callerOf(request), request.params.id));
};
