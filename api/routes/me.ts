import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../auth/plugin';
import { ZMe } from '../schemas/reference';
import type { ApiDeps } from '../app';

/** Who the caller is, for the web UI's menus and forms: read from the register, never the token. */
export const meRoutes: FastifyPluginAsyncZod<ApiDeps> = async (app, { db }) => {
  app.get('/me', {
    config: { access: 'authenticated' },
    schema: { tags: ['inloggning'], summary: 'The caller: name, roles today, organisation, beställare mandates and (for chefs) direct reports', response: { 200: ZMe } },
  }, async (request) => {
    const caller = callerOf(request);
    const reports = await db.person.findMany({
      where: { managerId: caller.personId },
      orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }],
      select: { id: true, givenName: true, familyName: true, personnummer: true, employerId: true },
    });
    return {
      personId: caller.personId,
      name: caller.name,
      roles: caller.roles,
      organisationId: caller.organisationId,
      bestallareFor: caller.bestallareFor,
      mandateLapsed: caller.mandateLapsed,
      representativeFor: caller.representativeFor,
      reports: reports.map((p) => ({ personId: p.id, name: `${p.givenName} ${p.familyName}`, personnummer: p.personnummer, organisationId: p.employerId })),
      forbundRoles: caller.forbundRoles,
    };
  });
};
