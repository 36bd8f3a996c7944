import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isRole, ROLE_DEFINITIONS, ROLES } from '../../domain/roles';
import { badCursor, decodeCursor, NEXT_CURSOR_HEADER, pageOf } from '../services/cursor';
import { notFound } from '../errors';
import { errorResponses, ZIdParams } from '../schemas/common';
import { REQUEST_KINDS } from '../../domain/request-kinds';
import { ZForbund, ZForbundUser, ZOrganisation, ZRequestKindInfo, ZRoleInfo } from '../schemas/reference';
import type { ApiDeps } from '../app';

export const referenceRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, { db }) => {
  app.get('/organisations', { config: { access: 'authenticated' }, schema: { tags: ['referensdata'], response: { 200: z.array(ZOrganisation) } } }, async () =>
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, type: true, organisationNumber: true } }));

  app.get('/forbund', { config: { access: 'authenticated' }, schema: { tags: ['referensdata'], response: { 200: z.array(ZForbund) } } }, async () => {
    const all = await db.forbund.findMany({ orderBy: { name: 'asc' }, include: { members: { orderBy: { organisationId: 'asc' } } } });
    return all.map((f) => ({ id: f.id, name: f.name, organisationId: f.organisationId, memberOrganisationIds: f.members.map((m) => m.organisationId) }));
  });

  app.get('/roles', {
    config: { access: 'authenticated' },
    schema: { tags: ['referensdata'], summary: 'The role catalogs (Finsam and SUS): label, scope and what the role may do', response: { 200: z.array(ZRoleInfo) } },
  }, async () => ROLES.map((id) => ({ id, ...ROLE_DEFINITIONS[id] })));

  app.get('/request-kinds', {
    config: { access: 'authenticated' },
    schema: { tags: ['referensdata'], summary: 'The request kinds of the catalog: label, who orders, rules and stages', response: { 200: z.array(ZRequestKindInfo) } },
  }, async () =>
    Object.values(REQUEST_KINDS).map((k) => ({
      id: k.kind,
      label: k.label,
      orderedBy: [...k.orderedBy],
      effect: k.effect,
      ruleIds: [...k.ruleIds],
      stages: k.stages.map((s) => ({ id: s.id, label: s.label, actorRole: s.actorRole, decisions: [...s.decisions] })),
    })));

  // everyone may see which users a förbund has and their roles ("Visa användare").
  app.get('/forbund/:id/users', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['referensdata'],
      summary: 'Visa användare (R-54): who holds which role in the förbund, by name',
      description: `Pages with cursors: when more users follow, the response has the header \`${NEXT_CURSOR_HEADER}\`; pass its value as \`cursor\`.`,
      params: ZIdParams,
      querystring: z.object({
        cursor: z.string().optional(),
        limit: z.coerce.number({ error: 'limit ska vara ett heltal 1–1000.' }).int().min(1, 'limit ska vara minst 1.').max(1000, 'limit får vara högst 1000.').default(1000),
      }),
      response: { 200: z.array(ZForbundUser), ...errorResponses(404) },
    },
  }, async (request, reply) => {
    const forbund = await db.forbund.findUnique({ where: { id: request.params.id } });
    if (!forbund) throw notFound('Förbundet finns inte.');
    const { cursor, limit } = request.query;
    const after = cursor ? nameCursor(cursor) : null;
    const roles = await db.userRole.findMany({
      where: {
        forbundId: forbund.id,
        ...(after
          ? {
              OR: [
                { person: { familyName: { gt: after.familyName } } },
                { person: { familyName: after.familyName, givenName: { gt: after.givenName } } },
                { person: { familyName: after.familyName, givenName: after.givenName }, id: { gt: after.id } },
              ],
            }
          : {}),
      },
      include: { person: true },
      orderBy: [{ person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }, { id: 'asc' }],
      take: limit + 1,
    });
    const page = pageOf(roles, limit, (r) => JSON.stringify([r.person.familyName, r.person.givenName]));
    if (page.nextCursor) reply.header(NEXT_CURSOR_HEADER, page.nextCursor);
    return page.items.flatMap((r) => (isRole(r.role) ? [{ personId: r.personId, name: `${r.person.givenName} ${r.person.familyName}`, role: r.role, since: r.since.toISOString() }] : []));
  });
};

/** The (family name, given name, id) a "Visa användare" cursor points after. */
function nameCursor(cursor: string): { familyName: string; givenName: string; id: string } {
  const { key, id } = decodeCursor(cursor);
  try {
    const [familyName, givenName] = JSON.parse(String(key)) as unknown[];
    if (typeof familyName === 'string' && typeof givenName === 'string') return { familyName, givenName, id };
  } catch {
    // falls through to the refusal below
  }
  throw badCursor();
}
