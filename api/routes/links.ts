import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZLinkRequest } from '../../forms/insats-link';
import { callerOf } from '../auth/plugin';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZForbundContact, ZLinkListQuery, ZLinkParams, ZLinkView, ZProcessingLogEntry, ZProcessingLogQuery } from '../schemas/links';
import { NEXT_CURSOR_HEADER } from '../services/cursor';
import { forbundAdministrators, listLinks, myLinks, requestLink, unlink } from '../services/links';
import { listProcessingLog } from '../services/processing-log';
import type { ApiDeps } from '../app';

/**
 * Deltagaransvariga linked to insatser, and the personal-data processing log:
 * every link, unlink and read of who is linked is logged.
 */
export const linkRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, deps) => {
  const { db } = deps;

  app.get('/insatser/:id/deltagaransvariga', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['insatser'],
      summary: 'Who is linked to the insats, and who waits to be (BA, and everyone with a role in its förbund); each read is logged as processing of personal data (R-31)',
      params: ZIdParams,
      querystring: ZLinkListQuery,
      response: { 200: z.array(ZLinkView), ...errorResponses(404) },
    },
  }, async (request) => listLinks(db, callerOf(request), request.params.id, request.query.history === 'true'));

  app.post('/insatser/:id/deltagaransvariga', {
    config: { access: ['FORBUNDSADMINISTRATOR'] },
    schema: {
      tags: ['insatser'],
      summary: 'Link a deltagaransvarig of the förbund to the insats (a förbundsadministratör of its förbund): 201 linked, or 202 waiting for a PUB-avtal (R-31, up to 30 days; the förbundsadministratör is told by e-mail)',
      description: 'Refused with 422 NOT_DELTAGARANSVARIG_IN_FORBUND (R-32) when the person does not hold the role in the förbund (the same answer for a personnummer the register does not hold); 409 LINK_EXISTS when the person is linked or waits to be.',
      params: ZIdParams,
      body: ZLinkRequest,
      response: { 201: ZLinkView, 202: ZLinkView, ...errorResponses(403, 404, 409, 422, 503) },
    },
  }, async (request, reply) => {
    const link = await requestLink(deps, callerOf(request), request.params.id, request.body);
    return reply.status(link.status === 'LINKED' ? 201 : 202).send(link);
  });

  app.delete('/insatser/:id/deltagaransvariga/:linkId', {
    config: { access: ['FORBUNDSADMINISTRATOR'] },
    schema: {
      tags: ['insatser'],
      summary: 'Remove the link at once, or withdraw the request that waits (a förbundsadministratör of its förbund, R-30)',
      params: ZLinkParams,
      response: { 200: ZLinkView, ...errorResponses(403, 404, 409) },
    },
  }, async (request) => unlink(deps, callerOf(request), request.params.id, request.params.linkId));

  app.get('/me/insatser', {
    config: { access: 'authenticated' },
    schema: { tags: ['insatser'], summary: "The insatser the caller is linked to as deltagaransvarig", response: { 200: z.array(ZLinkView) } },
  }, async (request) => myLinks(db, callerOf(request)));

  app.get('/forbund/:id/forbundsadministratorer', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['insatser'],
      summary: "The förbund's förbundsadministratörer, whom its deltagaransvariga turn to (everyone with a role in the förbund, and BA)",
      params: ZIdParams,
      response: { 200: z.array(ZForbundContact), ...errorResponses(403, 404) },
    },
  }, async (request) => forbundAdministrators(db, callerOf(request), request.params.id));

  app.get('/processing-log', {
    config: { access: ['BA'] },
    schema: {
      tags: ['processing-log'],
      summary: 'The personal-data processing log (R-31): every link, unlink and read of who is linked, newest first (BA); append-only',
      description: `Pages with cursors: when more entries follow, the response has the header \`${NEXT_CURSOR_HEADER}\`; pass its value as \`cursor\` for the next page.`,
      querystring: ZProcessingLogQuery,
      response: { 200: z.array(ZProcessingLogEntry), ...errorResponses(403) },
    },
  }, async (request, reply) => {
    const page = await listProcessingLog(db, request.query);
    if (page.nextCursor) reply.header(NEXT_CURSOR_HEADER, page.nextCursor);
    return page.items;
  });
};
