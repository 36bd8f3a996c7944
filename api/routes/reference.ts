import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isRole } from '../../domain/roles';
import { notFound } from '../errors';
import { errorResponses, ZIdParams } from '../schemas/common';
import { ZForbund, ZForbundUser, ZOrganisation } from '../schemas/reference';
import type { ApiDeps } from '../app';

export const referenceRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, { db }) => {
  app.get('/organisations', { config: { access: 'authenticated' }, schema: { tags: ['referensdata'], response: { 200: z.array(ZOrganisation) } } }, async () =>
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, type: true, organisationNumber: true } }));

  app.get('/forbund', { config: { access: 'authenticated' }, schema: { tags: ['referensdata'], response: { 200: z.array(ZForbund) } } }, async () => {
    const all = await db.forbund.findMany({ orderBy: { name: 'asc' }, include: { members: { orderBy: { organisationId: 'asc' } } } });
    return all.map((f) => ({ id: f.id, name: f.name, organisationId: f.organisationId, memberOrganisationIds: f.members.map((m) => m.organisationId) }));
  });

  // everyone may see which users a förbund has and their roles ("Visa användare").
  app.get('/forbund/:id/users', {
    config: { access: 'authenticated' },
    schema: { tags: ['referensdata'], params: ZIdParams, response: { 200: z.array(ZForbundUser), ...errorResponses(404) } },
  }, async (request) => {
    const forbund = await db.forbund.findUnique({ where: { id: request.params.id } });
    if (!forbund) throw notFound('Förbundet finns inte.');
    const roles = await db.userRole.findMany({ where: { forbundId: forbund.id }, include: { person: true }, orderBy: [{ person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }] });
    return roles.flatMap((r) => (isRole(r.role) ? [{ personId: r.personId, name: `${r.person.givenName} ${r.person.familyName}`, role: r.role, since: r.since.toISOString() }] : []));
  });
};
