import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listPersonas } from '../auth/callers';
import type { TokenKeys } from '../auth/keys';
import { issueToken } from '../auth/token';
import { AppError } from '../errors';
import { errorResponses } from '../schemas/common';
import { ZPersona, ZToken } from '../schemas/reference';
import type { ApiDeps } from '../app';

/** The clearly marked development login (docs/api.md): only registered when DEV_LOGIN is on. */
export const devAuthRoutes: FastifyPluginAsyncZod<ApiDeps & { keys: TokenKeys }> = async (app, { db, keys }) => {
  app.get('/auth/dev/personas', {
    config: { access: 'public' },
    schema: { tags: ['utvecklingsinloggning'], summary: 'Seeded personas (development only)', response: { 200: z.array(ZPersona) } },
  }, async () => (await listPersonas(db, new Date())).map((p) => ({ id: p.personId, name: p.name, roles: p.roles, organisationId: p.organisationId })));

  app.post('/auth/dev/login', {
    config: { access: 'public' },
    schema: {
      tags: ['utvecklingsinloggning'],
      summary: 'Log in as a persona (development only)',
      body: z.strictObject({ personaId: z.string({ error: 'Ange personaId.' }).min(1, 'Ange personaId.') }),
      response: { 200: ZToken, ...errorResponses(404) },
    },
  }, async (request) => {
    const persona = (await listPersonas(db, new Date())).find((p) => p.personId === request.body.personaId);
    if (!persona) throw new AppError('UNKNOWN_PERSONA', 'Det finns ingen sådan persona. Se GET /auth/dev/personas.');
    return { token: await issueToken(persona.personId, keys) };
  });
};
